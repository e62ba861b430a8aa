package dev.coffer.sync;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

import dev.coffer.common.error.ApiException;
import dev.coffer.common.web.PageParams;
import dev.coffer.common.web.PageResponse;

@Path("/api/v1/admin/sync")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
public class SyncAdminResource {

    public static final String TRIGGER = "admin";

    private final SyncJobs jobs;
    private final SyncRunner runner;

    SyncAdminResource(SyncJobs jobs, SyncRunner runner) {
        this.jobs = jobs;
        this.runner = runner;
    }

    @POST
    @Path("/{job}")
    @Operation(summary = "Starts a sync job now; 202 with the run, which continues in the background. 409 SYNC_IN_PROGRESS while one runs")
    public RestResponse<SyncRunResponse> start(@PathParam("job") String name) {
        SyncJob job = jobs.named(name)
                .orElseThrow(() -> ApiException.notFound("SYNC_JOB_NOT_FOUND", "There is no sync job named '" + name
                        + "'; known: " + String.join(", ", jobs.names())));
        return runner.start(job, TRIGGER)
                .map(run -> RestResponse.status(RestResponse.Status.ACCEPTED, run))
                .orElseThrow(() -> ApiException.conflict("SYNC_IN_PROGRESS",
                        "A run of " + name + " is in progress; see /api/v1/admin/sync/runs"));
    }

    @GET
    @Path("/runs")
    @Operation(summary = "Sync runs, newest first, optionally of one job")
    public PageResponse<SyncRunResponse> runs(@QueryParam("job") String job, @Valid @BeanParam PageParams page) {
        return PageResponse.of(SyncRun.newestFirst(job), page, SyncRunResponse::of);
    }
}
