package dev.coffer.user;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import dev.coffer.common.security.CurrentUser;
import dev.coffer.common.error.ApiException;
import dev.coffer.common.web.ETags;
import io.quarkus.security.Authenticated;

@Path("/api/v1/users/me")
@Authenticated
@Tag(name = "Users", description = "The signed-in user's own account")
@SecurityRequirement(name = "jwt")
public class UserResource {

    private final UserService users;
    private final CurrentUser currentUser;

    UserResource(UserService users, CurrentUser currentUser) {
        this.users = users;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(operationId = "getCurrentUser", summary = "The signed-in user")
    @APIResponse(responseCode = "200", description = "The user",
            headers = @Header(name = "ETag", description = "The version, quoted; send it back as If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = UserResponse.class)))
    public RestResponse<UserResponse> me() {
        User user = users.find(currentUser.id())
                .orElseThrow(() -> ApiException.unauthorized("UNAUTHORIZED", "A valid bearer token is required"));
        return withETag(user);
    }

    @PATCH
    @Operation(operationId = "updateCurrentUser", summary = "Changes the profile",
            description = "Display name, base currency or time zone; absent fields keep their value.")
    @APIResponse(responseCode = "200", description = "The updated user",
            headers = @Header(name = "ETag", description = "The version, quoted; send it back as If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = UserResponse.class)))
    @APIResponse(responseCode = "412", description = "If-Match names another version than the current one (VERSION_CONFLICT)")
    @APIResponse(responseCode = "422", description = "A field is missing or invalid (VALIDATION_FAILED, with errors[])")
    public RestResponse<UserResponse> update(@Valid @NotNull(message = "is required") UpdateProfileRequest request,
            @Parameter(description = "Only change the user when its ETag still matches (412 VERSION_CONFLICT otherwise)", example = "\"3\"")
            @HeaderParam("If-Match") String ifMatch) {
        return withETag(users.updateProfile(currentUser.id(), request, ifMatch));
    }

    /** The password is asked again so that a stolen access token alone cannot destroy an account. */
    @DELETE
    @Operation(operationId = "deleteCurrentUser", summary = "Deletes the account",
            description = "And every row it owns. The password is asked again.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = "The password is wrong (INVALID_PASSWORD) or the account is disabled (ACCOUNT_DISABLED)")
    @APIResponse(responseCode = "412", description = "If-Match names another version than the current one (VERSION_CONFLICT)")
    @APIResponse(responseCode = "422", description = "A field is missing or invalid (VALIDATION_FAILED, with errors[])")
    public RestResponse<Void> delete(@Valid @NotNull(message = "is required") DeleteAccountRequest request,
            @Parameter(description = "Only change the user when its ETag still matches (412 VERSION_CONFLICT otherwise)", example = "\"3\"")
            @HeaderParam("If-Match") String ifMatch) {
        users.deleteAccount(currentUser.id(), request, ifMatch);
        return RestResponse.noContent();
    }

    private static RestResponse<UserResponse> withETag(User user) {
        return RestResponse.ResponseBuilder.ok(UserResponse.of(user)).header("ETag", ETags.of(user.version)).build();
    }
}
