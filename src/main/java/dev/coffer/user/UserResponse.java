package dev.coffer.user;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A user account")
public record UserResponse(
        @Schema(examples = "0190a5b4-7c2e-7d3a-9f4e-2b6c8d0e1f3a") UUID id,
        @Schema(examples = "ada@example.com") String email,
        @Schema(nullable = true, description = "null when the user gave none", examples = "Ada") String displayName,
        @Schema(description = "ISO 4217 code totals are shown in", examples = "EUR") String baseCurrency,
        @Schema(description = "IANA time zone", examples = "Europe/Paris") String timezone,
        @Schema(description = "`user`, and `admin` for administrators", examples = "[\"user\"]") List<String> roles,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Increases with every change; the ETag carries it", examples = "1") long version) {

    public static UserResponse of(User user) {
        return new UserResponse(user.id, user.email, user.displayName, user.baseCurrency, user.timezone,
                List.copyOf(user.roles), user.createdAt, user.updatedAt, user.version);
    }
}
