package dev.coffer.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code /refresh} and {@code /logout}. */
@Schema(description = "A refresh token from login or an earlier refresh")
public record RefreshRequest(
        @NotBlank(message = "is required") @Size(max = 200, message = "is not a refresh token")
        @Schema(description = "The opaque refresh token") String refreshToken) {
}
