package dev.coffer.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import dev.coffer.common.error.ApiException;
import dev.coffer.common.error.FieldError;
import dev.coffer.common.web.ETags;
import dev.coffer.common.web.PageParams;
import dev.coffer.common.web.PageResponse;
import io.quarkus.logging.Log;

@ApplicationScoped
public class UserService {

    private static final List<String> KNOWN_ROLES = List.of(User.ROLE_USER, User.ROLE_ADMIN);

    private final PasswordCheck passwords;
    private final Event<UserAccessChanged> accessChanged;
    private final Event<BaseCurrencyChanged> baseCurrencyChanged;

    UserService(PasswordCheck passwords, Event<UserAccessChanged> accessChanged,
            Event<BaseCurrencyChanged> baseCurrencyChanged) {
        this.passwords = passwords;
        this.accessChanged = accessChanged;
        this.baseCurrencyChanged = baseCurrencyChanged;
    }

    public Optional<User> find(UUID id) {
        return User.findByIdOptional(id);
    }

    @Transactional
    public User updateProfile(UUID id, UpdateProfileRequest request, String ifMatch) {
        User user = require(id);
        ETags.checkIfMatch(ifMatch, user.version);
        List<FieldError> errors = ProfileFields.check(request.baseCurrency(), request.timezone());
        if (!errors.isEmpty()) {
            throw new ApiException(422, "VALIDATION_FAILED", "Unprocessable Content", "The request is not valid",
                    errors, java.util.Map.of());
        }
        if (request.displayName() != null) {
            user.displayName = ProfileFields.displayName(request.displayName());
        }
        boolean baseCurrencyChanges = request.baseCurrency() != null && !request.baseCurrency().equals(user.baseCurrency);
        if (request.baseCurrency() != null) {
            user.baseCurrency = request.baseCurrency();
        }
        if (request.timezone() != null) {
            user.timezone = request.timezone();
        }
        user.flush();
        if (baseCurrencyChanges) {
            // After the flush, so that observers reading the users table see the new currency.
            baseCurrencyChanged.fire(new BaseCurrencyChanged(id, user.baseCurrency));
        }
        return user;
    }

    /** Deletes the user; every row they own goes with them through {@code on delete cascade}. */
    public void deleteAccount(UUID id, DeleteAccountRequest request, String ifMatch) {
        User user = require(id);
        ETags.checkIfMatch(ifMatch, user.version);
        if (!passwords.matches(request.password(), user.passwordHash)) {
            throw ApiException.forbidden("INVALID_PASSWORD", "The password is not correct");
        }
        delete(id);
    }

    @Transactional
    void delete(UUID id) {
        User.delete("id", id);
        accessChanged.fire(new UserAccessChanged(id));
        Log.infof("Deleted user %s and their data", id);
    }

    public PageResponse<AdminUserResponse> search(String q, PageParams page) {
        return PageResponse.of(User.search(q), page, AdminUserResponse::of);
    }

    @Transactional
    public User adminUpdate(UUID id, AdminUpdateUserRequest request, String ifMatch) {
        User user = User.<User>findByIdOptional(id).orElseThrow(UserService::userNotFound);
        ETags.checkIfMatch(ifMatch, user.version);
        if (request.roles() != null) {
            user.roles = normaliseRoles(request.roles());
        }
        if (request.disabled() != null) {
            user.disabled = request.disabled();
        }
        user.flush();
        accessChanged.fire(new UserAccessChanged(id));
        Log.infof("Administrator changed user %s: disabled=%s roles=%s", id, user.disabled, user.roles);
        return user;
    }

    /** Every account keeps the {@code user} role; {@code admin} is the only other one. */
    static List<String> normaliseRoles(List<String> requested) {
        List<String> roles = new ArrayList<>(List.of(User.ROLE_USER));
        for (String role : requested) {
            if (role == null || !KNOWN_ROLES.contains(role)) {
                throw ApiException.invalidField("roles", "may only contain " + String.join(", ", KNOWN_ROLES));
            }
            if (!roles.contains(role)) {
                roles.add(role);
            }
        }
        return roles;
    }

    private User require(UUID id) {
        return User.<User>findByIdOptional(id)
                .orElseThrow(() -> ApiException.unauthorized("UNAUTHORIZED", "A valid bearer token is required"));
    }

    private static ApiException userNotFound() {
        return ApiException.notFound("USER_NOT_FOUND", "No such user");
    }
}
