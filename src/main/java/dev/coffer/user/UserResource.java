package dev.coffer.user;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import dev.coffer.common.security.CurrentUser;
import dev.coffer.common.error.ApiException;
import dev.coffer.common.web.ETags;
import io.quarkus.security.Authenticated;

@Path("/api/v1/users/me")
@Authenticated
@Tag(name = "Users")
public class UserResource {

    private final UserService users;
    private final CurrentUser currentUser;

    UserResource(UserService users, CurrentUser currentUser) {
        this.users = users;
        this.currentUser = currentUser;
    }

    @GET
    public RestResponse<UserResponse> me() {
        User user = users.find(currentUser.id())
                .orElseThrow(() -> ApiException.unauthorized("UNAUTHORIZED", "A valid bearer token is required"));
        return withETag(user);
    }

    @PATCH
    public RestResponse<UserResponse> update(@Valid @NotNull(message = "is required") UpdateProfileRequest request,
            @HeaderParam("If-Match") String ifMatch) {
        return withETag(users.updateProfile(currentUser.id(), request, ifMatch));
    }

    /** The password is asked again so that a stolen access token alone cannot destroy an account. */
    @DELETE
    public RestResponse<Void> delete(@Valid @NotNull(message = "is required") DeleteAccountRequest request,
            @HeaderParam("If-Match") String ifMatch) {
        users.deleteAccount(currentUser.id(), request, ifMatch);
        return RestResponse.noContent();
    }

    private static RestResponse<UserResponse> withETag(User user) {
        return RestResponse.ResponseBuilder.ok(UserResponse.of(user)).header("ETag", ETags.of(user.version)).build();
    }
}
