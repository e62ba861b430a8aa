package dev.coffer.common.security;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import dev.coffer.common.error.ApiException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The authenticated user of the current request. The id is the principal name: the JWT {@code sub}
 * for bearer tokens, the {@code user} of {@code @TestSecurity} in tests.
 */
@RequestScoped
public class CurrentUser {

    private final SecurityIdentity identity;

    public CurrentUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    public UUID id() {
        if (identity.isAnonymous()) {
            throw ApiException.unauthorized("UNAUTHORIZED", "A valid bearer token is required");
        }
        try {
            return UUID.fromString(identity.getPrincipal().getName());
        } catch (IllegalArgumentException e) {
            throw ApiException.unauthorized("UNAUTHORIZED", "The token does not name a user");
        }
    }
}
