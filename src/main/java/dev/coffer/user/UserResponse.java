package dev.coffer.user;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

public record UserResponse(UUID id, String email, String displayName, String baseCurrency, String timezone,
        List<String> roles, Instant createdAt, Instant updatedAt, long version) {

    public static UserResponse of(User user) {
        return new UserResponse(user.id, user.email, user.displayName, user.baseCurrency, user.timezone,
                List.copyOf(user.roles), user.createdAt, user.updatedAt, user.version);
    }
}
