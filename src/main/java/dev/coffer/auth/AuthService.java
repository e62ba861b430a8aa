package dev.coffer.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import dev.coffer.common.error.ApiException;
import dev.coffer.common.error.FieldError;
import dev.coffer.user.ProfileFields;
import dev.coffer.user.User;
import dev.coffer.user.UserRegistered;
import io.quarkus.logging.Log;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Registration, login and password management. bcrypt runs outside database transactions on
 * purpose: a verification takes tens of milliseconds and must not hold a pooled connection.
 */
@ApplicationScoped
public class AuthService {

    private final PasswordHasher hasher;
    private final TokenService tokens;
    private final SecureTokens secureTokens;
    private final RateLimiter rateLimiter;
    private final RateLimitConfig limits;
    private final AuthConfig config;
    private final Mailer mailer;
    private final Set<String> adminEmails;
    private final Event<UserRegistered> registered;

    AuthService(PasswordHasher hasher, TokenService tokens, SecureTokens secureTokens, RateLimiter rateLimiter,
            RateLimitConfig limits, AuthConfig config, Mailer mailer, AdminConfig admin,
            Event<UserRegistered> registered) {
        this.registered = registered;
        this.hasher = hasher;
        this.tokens = tokens;
        this.secureTokens = secureTokens;
        this.rateLimiter = rateLimiter;
        this.limits = limits;
        this.config = config;
        this.mailer = mailer;
        this.adminEmails = admin.emails().orElse(List.of()).stream()
                .map(RegisterRequest::normaliseEmail)
                .filter(email -> !email.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    public User register(RegisterRequest request, String clientIp) {
        rateLimiter.acquire("register-ip", clientIp, limits.registerPerIpPerHour(), Duration.ofHours(1));
        String baseCurrency = request.baseCurrency() == null ? "USD" : request.baseCurrency();
        String timezone = request.timezone() == null ? "UTC" : request.timezone();
        List<FieldError> errors = ProfileFields.check(baseCurrency, timezone);
        if (!errors.isEmpty()) {
            throw new ApiException(422, "VALIDATION_FAILED", "Unprocessable Content", "The request is not valid",
                    errors, java.util.Map.of());
        }
        String passwordHash = hasher.hash(request.password());
        return createUser(request.email(), passwordHash, ProfileFields.displayName(request.displayName()),
                baseCurrency, timezone);
    }

    @Transactional
    User createUser(String email, String passwordHash, String displayName, String baseCurrency, String timezone) {
        if (User.emailTaken(email)) {
            throw emailTaken();
        }
        User user = new User();
        user.email = email;
        user.passwordHash = passwordHash;
        user.displayName = displayName;
        user.baseCurrency = baseCurrency;
        user.timezone = timezone;
        List<String> roles = new ArrayList<>(List.of(User.ROLE_USER));
        if (adminEmails.contains(email)) {
            roles.add(User.ROLE_ADMIN);
        }
        user.roles = roles;
        try {
            user.persistAndFlush();
        } catch (jakarta.persistence.PersistenceException e) {
            if (isUniqueViolation(e)) {
                // Lost a race with a concurrent registration of the same address.
                throw emailTaken();
            }
            throw e;
        }
        registered.fire(new UserRegistered(user.id, user.baseCurrency));
        Log.infof("Registered user %s", user.id);
        return user;
    }

    public TokenResponse login(LoginRequest request, String clientIp) {
        rateLimiter.acquire("login-ip", clientIp, limits.loginPerIpPerMinute(), Duration.ofMinutes(1));
        rateLimiter.acquire("login-email", request.email(), limits.loginPerEmailPerMinute(), Duration.ofMinutes(1));
        rateLimiter.ensureNotExhausted("login-failure-ip", clientIp, limits.failedLoginPerIpPerMinute(),
                Duration.ofMinutes(1));
        Optional<User> found = User.findByEmail(request.email());
        if (found.isEmpty()) {
            hasher.verifyAgainstDummy(request.password());
            throw failedLogin(clientIp);
        }
        User user = found.get();
        if (!hasher.matches(request.password(), user.passwordHash)) {
            throw failedLogin(clientIp);
        }
        if (user.disabled) {
            throw ApiException.forbidden("ACCOUNT_DISABLED", "This account is disabled");
        }
        if (hasher.needsRehash(user.passwordHash)) {
            String upgraded = hasher.hash(request.password());
            UUID id = user.id;
            QuarkusTransaction.requiringNew().run(() -> User.update("passwordHash = ?1 where id = ?2", upgraded, id));
        }
        return tokens.startSession(user.id, user.roles);
    }

    private ApiException failedLogin(String clientIp) {
        rateLimiter.record("login-failure-ip", clientIp, Duration.ofMinutes(1));
        return invalidCredentials();
    }

    public void changePassword(UUID userId, ChangePasswordRequest request) {
        User user = User.<User>findByIdOptional(userId)
                .orElseThrow(() -> ApiException.unauthorized("UNAUTHORIZED", "A valid bearer token is required"));
        if (!hasher.matches(request.currentPassword(), user.passwordHash)) {
            throw ApiException.forbidden("INVALID_PASSWORD", "The current password is not correct");
        }
        storePassword(userId, hasher.hash(request.newPassword()));
    }

    /** Always succeeds, whether or not the address has an account, so that nobody can probe for accounts. */
    public void requestPasswordReset(PasswordResetRequest request, String clientIp) {
        rateLimiter.acquire("reset-ip", clientIp, limits.passwordResetPerIpPerHour(), Duration.ofHours(1));
        rateLimiter.acquire("reset-email", request.email(), limits.passwordResetPerEmailPerHour(), Duration.ofHours(1));
        Optional<User> user = User.findByEmail(request.email()).filter(found -> !found.disabled);
        if (user.isEmpty()) {
            return;
        }
        String token = secureTokens.newToken();
        UUID userId = user.get().id;
        QuarkusTransaction.requiringNew().run(() -> {
            PasswordResetToken stored = new PasswordResetToken();
            stored.userId = userId;
            stored.tokenHash = SecureTokens.sha256(token);
            stored.createdAt = Instant.now();
            stored.expiresAt = stored.createdAt.plus(config.passwordResetTtl());
            stored.persist();
        });
        try {
            mailer.send(Mail.withText(user.get().email, "Reset your Coffer password",
                    "Someone asked to reset the password of your Coffer account. If it was you, use this token within "
                            + config.passwordResetTtl().toMinutes() + " minutes:\n\n" + token + "\n\n"
                            + "If it was not you, ignore this message; your password stays as it is."));
        } catch (RuntimeException e) {
            // Answering differently for existing accounts would let anyone probe for them; the
            // user can ask again once mail works.
            Log.errorf("Password-reset mail to user %s could not be sent: %s", userId, e.getMessage());
        }
    }

    public void confirmPasswordReset(PasswordResetConfirmRequest request) {
        String newHash = hasher.hash(request.newPassword());
        QuarkusTransaction.requiringNew().run(() -> {
            Instant now = Instant.now();
            PasswordResetToken token = PasswordResetToken.findByHashForUpdate(SecureTokens.sha256(request.token()))
                    .filter(found -> found.usedAt == null)
                    .orElseThrow(() -> ApiException.badRequest("INVALID_RESET_TOKEN",
                            "The reset token is unknown or was already used"));
            if (!token.expiresAt.isAfter(now)) {
                throw ApiException.badRequest("TOKEN_EXPIRED", "The reset token has expired; ask for a new one");
            }
            PasswordResetToken.spendAllOfUser(token.userId, now);
            User.update("passwordHash = ?1 where id = ?2", newHash, token.userId);
            RefreshToken.revokeAllOfUser(token.userId, now);
        });
    }

    @Transactional
    void storePassword(UUID userId, String passwordHash) {
        User.update("passwordHash = ?1 where id = ?2", passwordHash, userId);
        RefreshToken.revokeAllOfUser(userId, Instant.now());
    }

    private static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static ApiException emailTaken() {
        return ApiException.conflict("EMAIL_TAKEN", "An account with this email already exists");
    }

    private static ApiException invalidCredentials() {
        return ApiException.unauthorized("INVALID_CREDENTIALS", "The email or password is not correct");
    }
}
