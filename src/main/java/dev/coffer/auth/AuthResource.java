package dev.coffer.auth;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import dev.coffer.common.security.CurrentUser;
import dev.coffer.user.User;
import dev.coffer.user.UserResponse;
import io.quarkus.security.Authenticated;
import io.vertx.core.http.HttpServerRequest;

@Path("/api/v1/auth")
@Tag(name = "Auth")
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
    public RestResponse<UserResponse> register(@Valid @NotNull(message = "is required") RegisterRequest request,
            @Context HttpServerRequest http) {
        User user = auth.register(request, clientAddress.of(http));
        return RestResponse.ResponseBuilder.<UserResponse>created(URI.create("/api/v1/users/me"))
                .entity(UserResponse.of(user)).build();
    }

    @POST
    @Path("/login")
    @PermitAll
    public TokenResponse login(@Valid @NotNull(message = "is required") LoginRequest request,
            @Context HttpServerRequest http) {
        return auth.login(request, clientAddress.of(http));
    }

    @POST
    @Path("/refresh")
    @PermitAll
    public TokenResponse refresh(@Valid @NotNull(message = "is required") RefreshRequest request) {
        return tokens.rotate(request.refreshToken());
    }

    @POST
    @Path("/logout")
    @Authenticated
    public RestResponse<Void> logout(@Valid @NotNull(message = "is required") RefreshRequest request) {
        tokens.revokeFamily(request.refreshToken(), currentUser.id());
        return RestResponse.noContent();
    }

    @POST
    @Path("/password")
    @Authenticated
    public RestResponse<Void> changePassword(@Valid @NotNull(message = "is required") ChangePasswordRequest request) {
        auth.changePassword(currentUser.id(), request);
        return RestResponse.noContent();
    }

    @POST
    @Path("/password-reset")
    @PermitAll
    public RestResponse<Void> requestPasswordReset(@Valid @NotNull(message = "is required") PasswordResetRequest request,
            @Context HttpServerRequest http) {
        auth.requestPasswordReset(request, clientAddress.of(http));
        return RestResponse.accepted();
    }

    @POST
    @Path("/password-reset/confirm")
    @PermitAll
    public RestResponse<Void> confirmPasswordReset(
            @Valid @NotNull(message = "is required") PasswordResetConfirmRequest request) {
        auth.confirmPasswordReset(request);
        return RestResponse.noContent();
    }
}
