package dev.coffer.notification;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.coffer.common.security.CurrentUser;
import dev.coffer.common.web.PageParams;
import dev.coffer.common.web.PageResponse;
import dev.coffer.common.web.PathIds;
import io.quarkus.security.Authenticated;

@Path("/api/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = "jwt")
@Tag(name = "Notifications", description = "What Coffer tells the user, such as a budget reaching an alert threshold")
public class NotificationResource {

    private static final String ID_DOC = "Id of one of the user's notifications; another user's id or a malformed one is a 404";

    private final NotificationService notifications;
    private final CurrentUser currentUser;

    NotificationResource(NotificationService notifications, CurrentUser currentUser) {
        this.notifications = notifications;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(operationId = "listNotifications", summary = "List notifications, newest first",
            description = "Paged. unread=true leaves out the ones marked read.")
    @APIResponse(responseCode = "200", description = "One page; a page past the end has no items and the real total")
    @APIResponse(responseCode = "422", description = "A malformed or out-of-range parameter (VALIDATION_FAILED naming"
            + " it): page below 1, size over 200")
    public PageResponse<NotificationResponse> list(
            @Parameter(description = "Only notifications not marked read") @QueryParam("unread") @DefaultValue("false")
            boolean unread,
            @Valid @BeanParam PageParams page) {
        return notifications.list(currentUser.id(), unread, page);
    }

    @POST
    @Path("/{id}/read")
    @Operation(operationId = "markNotificationRead", summary = "Mark a notification read",
            description = "Idempotent: marking a read notification again answers the same.")
    @APIResponse(responseCode = "200", description = "The notification, read",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NotificationResponse.class)))
    @APIResponse(responseCode = "404", description = "No such notification of the user (NOTIFICATION_NOT_FOUND)")
    public NotificationResponse markRead(@Parameter(description = ID_DOC) @PathParam("id") String id) {
        return notifications.markRead(currentUser.id(), parseId(id));
    }

    /** A malformed id names no notification: 404 like an unknown one, never a 400 or 500. */
    private static UUID parseId(String id) {
        return PathIds.parse(id, NotificationService::notFound);
    }
}
