package dev.coffer.user;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A user as administrators see it: the user plus whether the account is disabled. */
public record AdminUserResponse(UUID id, String email, String displayName, String baseCurrency, String timezone,
        List<String> roles, boolean disabled, Instant createdAt, Instant updatedAt, long version) {

    public static AdminUserResponse of(User user) {
        return new AdminUserResponse(user.id, user.email, user.displayName, user.baseCurrency, user.timezone,
                List.copyOf(user.roles), user.disabled, user.createdAt, user.updatedAt, user.version);
    }
}
