package dev.coffer.auth;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.coffer.common.error.ApiException;
import dev.coffer.user.User;
import io.quarkus.logging.Log;
import io.smallrye.jwt.build.Jwt;

/** Issues access tokens (RS256 JWT) and rotates refresh tokens. */
@ApplicationScoped
public class TokenService {

    private final JwtKeys keys;
    private final AuthConfig config;
    private final SecureTokens secureTokens;
    private final String issuer;

    TokenService(JwtKeys keys, AuthConfig config, SecureTokens secureTokens, JwtConfig jwt) {
        this.keys = keys;
        this.config = config;
        this.secureTokens = secureTokens;
        this.issuer = jwt.issuer();
    }

    /** Starts a new refresh-token family for a user who just proved their password. */
    @Transactional
    public TokenResponse startSession(UUID userId, List<String> roles) {
        return issue(userId, roles, UUID.randomUUID());
    }

    /**
     * Spends a refresh token and issues its successor in the same family. A token that was spent
     * before means it was copied: the whole family is revoked, and that revocation is committed even
     * though the caller gets a 401.
     */
    @Transactional(dontRollbackOn = ApiException.class)
    public TokenResponse rotate(String refreshToken) {
        Instant now = Instant.now();
        RefreshToken presented = RefreshToken.findByHashForUpdate(SecureTokens.sha256(refreshToken))
                .orElseThrow(TokenService::invalidRefreshToken);
        if (presented.revokedAt != null) {
            throw invalidRefreshToken();
        }
        if (presented.spentAt != null) {
            int revoked = RefreshToken.revokeFamily(presented.familyId, now);
            Log.warnf("Spent refresh token replayed for user %s: revoked %d token(s) of its family",
                    presented.userId, revoked);
            throw invalidRefreshToken();
        }
        if (!presented.expiresAt.isAfter(now)) {
            throw ApiException.unauthorized("TOKEN_EXPIRED", "The refresh token has expired; log in again");
        }
        User user = User.<User>findByIdOptional(presented.userId).orElseThrow(TokenService::invalidRefreshToken);
        if (user.disabled) {
            throw ApiException.forbidden("ACCOUNT_DISABLED", "This account is disabled");
        }
        presented.spentAt = now;
        return issue(user.id, user.roles, presented.familyId);
    }

    /** Revokes the family of a refresh token of this user; unknown tokens are ignored (logout is idempotent). */
    @Transactional
    public void revokeFamily(String refreshToken, UUID userId) {
        RefreshToken.findByHash(SecureTokens.sha256(refreshToken))
                .filter(token -> token.userId.equals(userId))
                .ifPresent(token -> RefreshToken.revokeFamily(token.familyId, Instant.now()));
    }

    private TokenResponse issue(UUID userId, List<String> roles, UUID familyId) {
        Instant now = Instant.now();
        String refresh = secureTokens.newToken();
        RefreshToken stored = new RefreshToken();
        stored.userId = userId;
        stored.familyId = familyId;
        stored.tokenHash = SecureTokens.sha256(refresh);
        stored.createdAt = now;
        stored.expiresAt = now.plus(config.refreshTokenTtl());
        stored.persist();

        String access = Jwt.issuer(issuer)
                .subject(userId.toString())
                .groups(new HashSet<>(roles))
                .issuedAt(now)
                .expiresIn(config.accessTokenTtl())
                .sign(keys.privateKey());
        return new TokenResponse(access, refresh, "Bearer", config.accessTokenTtl().toSeconds());
    }

    private static ApiException invalidRefreshToken() {
        return ApiException.unauthorized("INVALID_REFRESH_TOKEN", "The refresh token is not valid; log in again");
    }
}
