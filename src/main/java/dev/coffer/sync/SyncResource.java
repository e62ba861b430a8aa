package dev.coffer.sync;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/sync/status")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ "user", "admin" })
@Tag(name = "Sync", description = "How fresh the data synced from external providers is")
@SecurityRequirement(name = "jwt")
public class SyncResource {

    private final SyncStatusService status;

    SyncResource(SyncStatusService status) {
        this.status = status;
    }

    @GET
    @Operation(operationId = "getSyncStatus", summary = "How fresh the synced data is",
            description = "Per job its last success, last attempt, provider, status and data age; per synced item "
                    + "(such as a currency pair) its last date and whether it is stale.")
    @APIResponse(responseCode = "200", description = "The status of every job and synced item")
    public SyncStatusResponse status() {
        return status.status();
    }
}
