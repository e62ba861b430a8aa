package dev.coffer.sync;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("/api/v1/sync/status")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ "user", "admin" })
public class SyncResource {

    private final SyncStatusService status;

    SyncResource(SyncStatusService status) {
        this.status = status;
    }

    @GET
    @Operation(summary = "Per job its last success, last attempt, provider, status and data age; per synced item (such as a currency pair) its last date and staleness")
    public SyncStatusResponse status() {
        return status.status();
    }
}
