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

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import dev.coffer.common.error.ApiException;
import dev.coffer.common.web.ETags;
import dev.coffer.common.web.PageParams;
import dev.coffer.common.web.PageResponse;

@Path("/api/v1/admin/users")
@RolesAllowed(User.ROLE_ADMIN)
@Tag(name = "Administration")
public class AdminUserResource {

    private final UserService users;

    AdminUserResource(UserService users) {
        this.users = users;
    }

    @GET
    public PageResponse<AdminUserResponse> list(@QueryParam("q") @Size(max = 254, message = "must be at most 254 characters") String q,
            @Valid @BeanParam PageParams page) {
        return users.search(q, page);
    }

    @PATCH
    @Path("/{id}")
    public RestResponse<AdminUserResponse> update(@PathParam("id") String id,
            @Valid @NotNull(message = "is required") AdminUpdateUserRequest request,
            @HeaderParam("If-Match") String ifMatch) {
        User user = users.adminUpdate(parseId(id), request, ifMatch);
        return RestResponse.ResponseBuilder.ok(AdminUserResponse.of(user)).header("ETag", ETags.of(user.version)).build();
    }

    /** A malformed id names no user: 404 like an unknown one, never a 400 or 500. */
    private static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("USER_NOT_FOUND", "No such user");
        }
    }
}
