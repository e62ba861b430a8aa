package dev.coffer.auth;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import dev.coffer.common.error.ApiException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Checks each bearer token's user against the database (through {@link AccountStatusCache}): a user
 * deleted since the token was issued is unauthenticated, a disabled one is refused with
 * {@code ACCOUNT_DISABLED}, and roles are the current ones rather than those frozen into the token.
 */
@ApplicationScoped
public class AccountStatusAugmentor implements SecurityIdentityAugmentor {

    private final AccountStatusCache cache;

    AccountStatusAugmentor(AccountStatusCache cache) {
        this.cache = cache;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken)) {
            return Uni.createFrom().item(identity);
        }
        UUID userId;
        try {
            userId = UUID.fromString(identity.getPrincipal().getName());
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(new AuthenticationFailedException("Token subject is not a user id"));
        }
        Optional<Optional<AccountStatus>> cached = cache.cached(userId);
        if (cached.isPresent()) {
            return Uni.createFrom().item(() -> apply(identity, cached.get()));
        }
        return context.runBlocking(() -> apply(identity, cache.load(userId)));
    }

    private static SecurityIdentity apply(SecurityIdentity identity, Optional<AccountStatus> status) {
        if (status.isEmpty()) {
            throw new AuthenticationFailedException("The token's user no longer exists");
        }
        if (status.get().disabled()) {
            throw ApiException.forbidden("ACCOUNT_DISABLED", "This account is disabled");
        }
        QuarkusSecurityIdentity.Builder current = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addRoles(Set.copyOf(status.get().roles()))
                .setAnonymous(false);
        return current.build();
    }
}
