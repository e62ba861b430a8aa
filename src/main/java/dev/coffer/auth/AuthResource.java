package dev.coffer.auth;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import dev.coffer.common.security.CurrentUser;
import dev.coffer.user.User;
import dev.coffer.user.UserResponse;
import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;

@Path("/api/v1/auth")
@Tag(name = "Auth", description = "Registration, tokens and passwords. Access tokens are RS256 JWTs (15 minutes by default); "
        + "refresh tokens are opaque, single-use and rotate on every refresh")
public class AuthResource {

    private final AuthService auth;
    private final TokenService tokens;
    private final CurrentUser currentUser;
    private final ClientAddress clientAddress;

    AuthResource(AuthService auth, TokenService tokens, CurrentUser currentUser, ClientAddress clientAddress) {
        this.auth = auth;
        this.tokens = tokens;
        this.currentUser = currentUser;
        this.clientAddress = clientAddress;
    }

    @POST
    @Path("/register")
    @PermitAll
    @Operation(operationId = "registerUser", summary = "Creates an account",
            description = "With the default categories. The emails listed in coffer.admin-emails also get the admin role.")
    @APIResponse(responseCode = "201", description = "The new user",
            headers = @Header(name = "Location", description = "/api/v1/users/me", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = UserResponse.class)))
    @APIResponse(responseCode = "409", description = "An account with this email exists (EMAIL_TAKEN)")
    @APIResponse(responseCode = "422", description = "A field is missing or invalid (VALIDATION_FAILED, with errors[])")
    @APIResponse(responseCode = "429", description = "Too many attempts from this address or for this email (RATE_LIMITED); see Retry-After",
            headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = SchemaType.INTEGER)))
    @SecurityRequirements
    public RestResponse<UserResponse> register(@Valid @NotNull(message = "is required") RegisterRequest request,
            @Context HttpServerRequest http) {
        User user = auth.register(request, clientAddress.of(http));
        return RestResponse.ResponseBuilder.<UserResponse>created(URI.create("/api/v1/users/me"))
                .entity(UserResponse.of(user)).build();
    }

    @POST
    @Path("/login")
    @PermitAll
    @Operation(operationId = "logIn", summary = "Exchanges email and password for an access and a refresh token")
    @APIResponse(responseCode = "200", description = "A new token pair",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "401", description = "Wrong email or password, the same answer for both (INVALID_CREDENTIALS)")
    @APIResponse(responseCode = "403", description = "The account is disabled (ACCOUNT_DISABLED)")
    @APIResponse(responseCode = "422", description = "A field is missing or invalid (VALIDATION_FAILED, with errors[])")
    @APIResponse(responseCode = "429", description = "Too many attempts from this address or for this email (RATE_LIMITED); see Retry-After",
            headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = SchemaType.INTEGER)))
    @SecurityRequirements
    public TokenResponse login(@Valid @NotNull(message = "is required") LoginRequest request,
            @Context HttpServerRequest http) {
        return auth.login(request, clientAddress.of(http));
    }

    @POST
    @Path("/refresh")
    @PermitAll
    @Operation(operationId = "refreshTokens", summary = "Exchanges a refresh token for a new token pair",
            description = "The refresh token is spent; presenting a spent one again revokes its whole family.")
    @APIResponse(responseCode = "200", description = "A new token pair",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TokenResponse.class)))
    @APIResponse(responseCode = "401", description = "The refresh token is unknown, spent or revoked (INVALID_REFRESH_TOKEN) or expired (TOKEN_EXPIRED)")
    @APIResponse(responseCode = "403", description = "The account is disabled (ACCOUNT_DISABLED)")
    @APIResponse(responseCode = "422", description = "A field is missing or invalid (VALIDATION_FAILED, with errors[])")
    @SecurityRequirements
    public TokenResponse refresh(@Valid @NotNull(message = "is required") RefreshRequest request) {
        return tokens.rotate(request.refreshToken());
    }

    @POST
    @Path("/logout")
    @Authenticated
    @Operation(operationId = "logOut", summary = "Revokes a refresh token and its family",
            description = "A refresh token of another user, or an unknown one, changes nothing.")
    @APIResponse(responseCode = "204", description = "Logged out")
    @APIResponse(responseCode = "422", description = "A field is missing or invalid (VALIDATION_FAILED, with errors[])")
    @SecurityRequirement(name = "jwt")
    public RestResponse<Void> logout(@Valid @NotNull(message = "is required") RefreshRequest request) {
        tokens.revokeFamily(request.refreshToken(), currentUser.id());
        return RestResponse.noContent();
    }

    @POST
    @Path("/password")
    @Authenticated
    @Operation(operationId = "changePassword", summary = "Changes the password",
            description = "Revokes every refresh token of the user; access tokens run out on their own.")
    @APIResponse(responseCode = "204", description = "Password changed")
    @APIResponse(responseCode = "403", description = "The current password is wrong (INVALID_PASSWORD) or the account is disabled (ACCOUNT_DISABLED)")
    @APIResponse(responseCode = "422", description = "A field is missing or invalid (VALIDATION_FAILED, with errors[])")
    @SecurityRequirement(name = "jwt")
    public RestResponse<Void> changePassword(@Valid @NotNull(message = "is required") ChangePasswordRequest request) {
        auth.changePassword(currentUser.id(), request);
        return RestResponse.noContent();
    }

    @POST
    @Path("/password-reset")
    @PermitAll
    @Operation(operationId = "requestPasswordReset", summary = "Mails a password-reset token",
            description = "Only when the address has an account, but the answer is the same either way, so that nobody "
                    + "can probe for accounts. The token is single-use and expires after coffer.auth.password-reset-ttl.")
    @APIResponse(responseCode = "202", description = "Accepted, whether or not the address has an account")
    @APIResponse(responseCode = "422", description = "A field is missing or invalid (VALIDATION_FAILED, with errors[])")
    @APIResponse(responseCode = "429", description = "Too many reset requests from this address or for this email (RATE_LIMITED); see Retry-After",
            headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = SchemaType.INTEGER)))
    @SecurityRequirements
    public RestResponse<Void> requestPasswordReset(@Valid @NotNull(message = "is required") PasswordResetRequest request,
            @Context HttpServerRequest http) {
        auth.requestPasswordReset(request, clientAddress.of(http));
        return RestResponse.accepted();
    }

    @POST
    @Path("/password-reset/confirm")
    @PermitAll
    @Operation(operationId = "confirmPasswordReset", summary = "Sets a new password with a reset token",
            description = "Spends the token and revokes every refresh token of the user.")
    @APIResponse(responseCode = "204", description = "Password changed")
    @APIResponse(responseCode = "400", description = "The reset token is unknown or used (INVALID_RESET_TOKEN) or expired (TOKEN_EXPIRED)")
    @APIResponse(responseCode = "422", description = "A field is missing or invalid (VALIDATION_FAILED, with errors[])")
    @SecurityRequirements
    public RestResponse<Void> confirmPasswordReset(
            @Valid @NotNull(message = "is required") PasswordResetConfirmRequest request) {
        auth.confirmPasswordReset(request);
        return RestResponse.noContent();
    }
}
