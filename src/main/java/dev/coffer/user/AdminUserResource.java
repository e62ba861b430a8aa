package dev.coffer.user;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

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

import dev.coffer.common.error.ApiException;
import dev.coffer.common.web.ETags;
import dev.coffer.common.web.PageParams;
import dev.coffer.common.web.PageResponse;
import dev.coffer.common.web.PathIds;

@Path("/api/v1/admin/users")
@RolesAllowed(User.ROLE_ADMIN)
@Tag(name = "Administration", description = "Operations for users with the admin role; anyone else gets 403 FORBIDDEN")
@SecurityRequirement(name = "jwt", scopes = User.ROLE_ADMIN)
public class AdminUserResource {

    private final UserService users;

    AdminUserResource(UserService users) {
        this.users = users;
    }

    @GET
    @Operation(operationId = "listUsers", summary = "Lists users",
            description = "Ordered by email, paged; `q` keeps those whose email contains it.")
    @APIResponse(responseCode = "200", description = "A page of users")
    @APIResponse(responseCode = "422", description = "A query parameter is invalid (VALIDATION_FAILED, with errors[])")
    public PageResponse<AdminUserResponse> list(
            @Parameter(description = "Case-insensitive part of the email", example = "example.com")
            @QueryParam("q") @Size(max = 254, message = "must be at most 254 characters") String q,
            @Valid @BeanParam PageParams page) {
        return users.search(q, page);
    }

    @PATCH
    @Path("/{id}")
    @Operation(operationId = "updateUser", summary = "Disables or enables a user, or sets their roles",
            description = "Absent fields keep their value.")
    @APIResponse(responseCode = "200", description = "The updated user",
            headers = @Header(name = "ETag", description = "The version, quoted; send it back as If-Match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AdminUserResponse.class)))
    @APIResponse(responseCode = "404", description = "No user has this id (USER_NOT_FOUND)")
    @APIResponse(responseCode = "412", description = "If-Match names another version than the current one (VERSION_CONFLICT)")
    @APIResponse(responseCode = "422", description = "A field is missing or invalid (VALIDATION_FAILED, with errors[])")
    public RestResponse<AdminUserResponse> update(
            @Parameter(description = "The user's id", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("id") String id,
            @Valid @NotNull(message = "is required") AdminUpdateUserRequest request,
            @Parameter(description = "Only change the user when its ETag still matches (412 VERSION_CONFLICT otherwise)", example = "\"3\"")
            @HeaderParam("If-Match") String ifMatch) {
        User user = users.adminUpdate(parseId(id), request, ifMatch);
        return RestResponse.ResponseBuilder.ok(AdminUserResponse.of(user)).header("ETag", ETags.of(user.version)).build();
    }

    /** A malformed id names no user: 404 like an unknown one, never a 400 or 500. */
    private static UUID parseId(String id) {
        return PathIds.parse(id, () -> ApiException.notFound("USER_NOT_FOUND", "No such user"));
    }
}
