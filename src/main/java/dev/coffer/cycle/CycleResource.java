package dev.coffer.cycle;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

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
import dev.coffer.common.security.CurrentUser;
import dev.coffer.common.web.ETags;
import dev.coffer.common.web.HeaderDocs;
import dev.coffer.common.web.Idempotency;
import dev.coffer.common.web.PageParams;
import dev.coffer.common.web.PageResponse;
import dev.coffer.common.web.PathIds;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quarkus.security.Authenticated;

@Path("/api/v1/cycles")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = "jwt")
@Tag(name = "Cycles", description = "Custom-length pay cycles (a 6-week pay period, say) with their income, the expenses"
        + " expected from recurring expenses, and a summary of expected against actual spending")
public class CycleResource {

    private static final String BASE = "/api/v1/cycles/";
    private static final String ID_DOC = "Id of one of the user's cycles; another user's id or a malformed one is a 404";
    private static final String FIELDS_422 = "Invalid field (VALIDATION_FAILED naming each: name, start_date, end_date"
            + " (before start_date, or more than 366 days in all), income_amount (negative, too large, or more"
            + " decimals than the currency has), currency, status)";
    private static final String OVERLAP_409 = "The cycle would share a day with another cycle of the user"
            + " (CYCLE_OVERLAP); cycles may touch (one ending the day before the next starts)";

    private final CycleService cycles;
    private final Idempotency idempotency;
    private final CurrentUser currentUser;

    CycleResource(CycleService cycles, Idempotency idempotency, CurrentUser currentUser) {
        this.cycles = cycles;
        this.idempotency = idempotency;
        this.currentUser = currentUser;
    }

    /** What an Idempotency-Key stands for: the body and whether expected items were generated. */
    @RegisterForReflection
    record Creation(CreateCycleRequest cycle, boolean generateFromRecurring) {
    }

    @POST
    @Operation(operationId = "createCycle", summary = "Create a cycle",
            description = "With generate_from_recurring=true, the cycle's expected items are created in the same step:"
                    + " every occurrence of the user's active recurring expenses from start_date to end_date"
                    + " (listExpectedCycleItems).")
    @APIResponse(responseCode = "201", description = "Created",
            headers = { @Header(name = "Location", description = HeaderDocs.LOCATION, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = HeaderDocs.ETAG, schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CycleResponse.class)))
    @APIResponse(responseCode = "409", description = OVERLAP_409)
    @APIResponse(responseCode = "422", description = FIELDS_422 + ", generate_from_recurring not true or false, or a"
            + " malformed Idempotency-Key header; or an Idempotency-Key already used for another request"
            + " (IDEMPOTENCY_KEY_REUSED)")
    public RestResponse<CycleResponse> create(@Valid @NotNull(message = "is required") CreateCycleRequest request,
            @Parameter(description = "true also creates the cycle's expected items from the user's active recurring"
                    + " expenses; false when absent", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("generate_from_recurring") String generateFromRecurring,
            @Parameter(description = HeaderDocs.IDEMPOTENCY_KEY, schema = @Schema(type = SchemaType.STRING, maxLength = Idempotency.MAX_KEY_LENGTH))
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        UUID userId = currentUser.id();
        boolean generate = flag("generate_from_recurring", generateFromRecurring);
        return idempotency.create(userId, idempotencyKey, new Creation(request, generate), CycleResponse.class,
                () -> created(cycles.create(userId, request, generate)));
    }

    @GET
    @Operation(operationId = "listCycles", summary = "List cycles", description = "Paged, by start date.")
    @APIResponse(responseCode = "200", description = "One page; a page past the end has no items and the real total")
    @APIResponse(responseCode = "422", description = "A malformed or out-of-range parameter (VALIDATION_FAILED naming"
            + " it): page below 1, size over 200")
    public PageResponse<CycleResponse> list(@Valid @BeanParam PageParams page) {
        return cycles.list(currentUser.id(), page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCycle", summary = "Get a cycle")
    @APIResponse(responseCode = "200", description = "The cycle",
            headers = @Header(name = "ETag", description = HeaderDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CycleResponse.class)))
    @APIResponse(responseCode = "404", description = "No such cycle of the user (CYCLE_NOT_FOUND)")
    public RestResponse<CycleResponse> get(@Parameter(description = ID_DOC) @PathParam("id") String id) {
        return ok(cycles.get(currentUser.id(), parseId(id)));
    }

    @PATCH
    @Path("/{id}")
    @Operation(operationId = "updateCycle", summary = "Change a cycle",
            description = "Partial update: only the fields sent change. New dates follow the rules of a new cycle, and"
                    + " expected items falling outside them are deleted.")
    @APIResponse(responseCode = "200", description = "The changed cycle",
            headers = @Header(name = "ETag", description = HeaderDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CycleResponse.class)))
    @APIResponse(responseCode = "404", description = "No such cycle of the user (CYCLE_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = OVERLAP_409)
    @APIResponse(responseCode = "412", description = "If-Match names another version than the current one (VERSION_CONFLICT)")
    @APIResponse(responseCode = "422", description = FIELDS_422)
    public RestResponse<CycleResponse> update(@Parameter(description = ID_DOC) @PathParam("id") String id,
            @Valid @NotNull(message = "is required") UpdateCycleRequest request,
            @Parameter(description = HeaderDocs.IF_MATCH, example = "\"3\"") @HeaderParam("If-Match") String ifMatch) {
        return ok(cycles.update(currentUser.id(), parseId(id), request, ifMatch));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteCycle", summary = "Delete a cycle", description = "Deletes the cycle and its expected"
            + " items; the user's expenses stay.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such cycle of the user (CYCLE_NOT_FOUND)")
    @APIResponse(responseCode = "412", description = "If-Match names another version than the current one (VERSION_CONFLICT)")
    public RestResponse<Void> delete(@Parameter(description = ID_DOC) @PathParam("id") String id,
            @Parameter(description = HeaderDocs.IF_MATCH, example = "\"3\"") @HeaderParam("If-Match") String ifMatch) {
        cycles.delete(currentUser.id(), parseId(id), ifMatch);
        return RestResponse.noContent();
    }

    @GET
    @Path("/{id}/expected")
    @Operation(operationId = "listExpectedCycleItems", summary = "List a cycle's expected items",
            description = "Paged, by date: the occurrences of recurring expenses the cycle was created with"
                    + " (generate_from_recurring=true), each in its recurring expense's currency. Empty otherwise.")
    @APIResponse(responseCode = "200", description = "One page; a page past the end has no items and the real total")
    @APIResponse(responseCode = "404", description = "No such cycle of the user (CYCLE_NOT_FOUND)")
    @APIResponse(responseCode = "422", description = "A malformed or out-of-range parameter (VALIDATION_FAILED naming"
            + " it): page below 1, size over 200")
    public PageResponse<ExpectedItemResponse> expected(@Parameter(description = ID_DOC) @PathParam("id") String id,
            @Valid @BeanParam PageParams page) {
        return cycles.expected(currentUser.id(), parseId(id), page);
    }

    @GET
    @Path("/{id}/summary")
    @Operation(operationId = "getCycleSummary", summary = "Income, spending and expected against actual of a cycle",
            description = "Every amount in the cycle's currency: the user's expenses dated in the cycle and the"
                    + " expected items, each converted at the rate of its own date; those without a rate are only"
                    + " counted in unconverted_count (docs/cycles.md).")
    @APIResponse(responseCode = "200", description = "The summary",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CycleSummaryResponse.class)))
    @APIResponse(responseCode = "404", description = "No such cycle of the user (CYCLE_NOT_FOUND)")
    public CycleSummaryResponse summary(@Parameter(description = ID_DOC) @PathParam("id") String id) {
        return cycles.summary(currentUser.id(), parseId(id));
    }

    private static RestResponse<CycleResponse> created(CycleResponse cycle) {
        return RestResponse.ResponseBuilder.<CycleResponse>created(URI.create(BASE + cycle.id())).entity(cycle)
                .header("ETag", ETags.of(cycle.version())).build();
    }

    private static RestResponse<CycleResponse> ok(CycleResponse cycle) {
        return RestResponse.ResponseBuilder.ok(cycle).header("ETag", ETags.of(cycle.version())).build();
    }

    /** A boolean query parameter: absent is false; anything but true or false is a 422 naming it. */
    private static boolean flag(String name, String value) {
        if (value == null || value.isBlank() || value.strip().equals("false")) {
            return false;
        }
        if (value.strip().equals("true")) {
            return true;
        }
        throw ApiException.invalidField(name, "must be true or false");
    }

    /** A malformed id names no cycle: 404 like an unknown one, never a 400 or 500. */
    private static UUID parseId(String id) {
        return PathIds.parse(id, CycleService::notFound);
    }
}
