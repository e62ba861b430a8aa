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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import dev.coffer.common.error.ApiException;
import dev.coffer.common.web.PageParams;
import dev.coffer.common.web.PageResponse;

@Path("/api/v1/admin/sync")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
@Tag(name = "Administration")
@SecurityRequirement(name = "jwt", scopes = "admin")
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
    @Operation(operationId = "startSyncRun", summary = "Starts a sync job now; the run continues in the background")
    @APIResponse(responseCode = "202", description = "The run, started; follow it in GET /api/v1/admin/sync/runs",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SyncRunResponse.class)))
    @APIResponse(responseCode = "404", description = "There is no job of that name (SYNC_JOB_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "A run of the job is in progress (SYNC_IN_PROGRESS)")
    public RestResponse<SyncRunResponse> start(
            @Parameter(description = "The job's name", example = "exchange-rates") @PathParam("job") String name) {
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
    @Operation(operationId = "listSyncRuns", summary = "Sync runs, newest first, optionally of one job")
    @APIResponse(responseCode = "200", description = "A page of runs")
    @APIResponse(responseCode = "422", description = "page or size is out of range (VALIDATION_FAILED, with errors[])")
    public PageResponse<SyncRunResponse> runs(
            @Parameter(description = "Only runs of this job", example = "exchange-rates") @QueryParam("job") String job,
            @Valid @BeanParam PageParams page) {
        return PageResponse.of(SyncRun.newestFirst(job), page, SyncRunResponse::of);
    }
}
