package dev.coffer.recurring;

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

import dev.coffer.common.security.CurrentUser;
import dev.coffer.common.web.ETags;
import dev.coffer.common.web.HeaderDocs;
import dev.coffer.common.web.Idempotency;
import dev.coffer.common.web.PageParams;
import dev.coffer.common.web.PageResponse;
import dev.coffer.common.web.PathIds;
import io.quarkus.security.Authenticated;

@Path("/api/v1/recurring-expenses")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = "jwt")
@Tag(name = "Recurring expenses", description = "Expenses that recur on a schedule (rent, subscriptions): each due"
        + " occurrence becomes an expense once, created by the daily recurring job")
public class RecurringExpenseResource {

    private static final String BASE = "/api/v1/recurring-expenses/";
    private static final String ID_DOC = "Id of one of the user's recurring expenses; another user's id or a malformed"
            + " one is a 404";
    private static final String FIELDS_422 = "Invalid field (VALIDATION_FAILED naming it: template.amount,"
            + " template.currency, template.category_id, template.payment_method_id, template.description,"
            + " template.merchant, template.tags, frequency, interval, start_date, end_date)";

    private final RecurringExpenseService recurring;
    private final Idempotency idempotency;
    private final CurrentUser currentUser;

    RecurringExpenseResource(RecurringExpenseService recurring, Idempotency idempotency, CurrentUser currentUser) {
        this.recurring = recurring;
        this.idempotency = idempotency;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(operationId = "listRecurringExpenses", summary = "List recurring expenses",
            description = "The user's recurring expenses, active and inactive, oldest first, paged.")
    @APIResponse(responseCode = "200", description = "One page; a page past the end has no items and the real total")
    @APIResponse(responseCode = "422", description = "A page or size out of range (VALIDATION_FAILED naming it)")
    public PageResponse<RecurringExpenseResponse> list(@Valid @BeanParam PageParams page) {
        return recurring.list(currentUser.id(), page);
    }

    @POST
    @Operation(operationId = "createRecurringExpense", summary = "Create a recurring expense",
            description = "next_date starts at start_date. Occurrences up to today are created by the next run of"
                    + " the recurring job, a start_date in the past included.")
    @APIResponse(responseCode = "201", description = "Created",
            headers = { @Header(name = "Location", description = HeaderDocs.LOCATION, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = HeaderDocs.ETAG, schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecurringExpenseResponse.class)))
    @APIResponse(responseCode = "422", description = FIELDS_422 + ", or the Idempotency-Key header; or an"
            + " Idempotency-Key already used for another request (IDEMPOTENCY_KEY_REUSED)")
    public RestResponse<RecurringExpenseResponse> create(
            @Valid @NotNull(message = "is required") CreateRecurringExpenseRequest request,
            @Parameter(description = HeaderDocs.IDEMPOTENCY_KEY, schema = @Schema(type = SchemaType.STRING, maxLength = Idempotency.MAX_KEY_LENGTH))
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        UUID userId = currentUser.id();
        return idempotency.create(userId, idempotencyKey, request, RecurringExpenseResponse.class, () -> {
            RecurringExpenseResponse created = recurring.create(userId, request);
            return RestResponse.ResponseBuilder.<RecurringExpenseResponse>created(URI.create(BASE + created.id()))
                    .entity(created).header("ETag", ETags.of(created.version())).build();
        });
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRecurringExpense", summary = "Get a recurring expense")
    @APIResponse(responseCode = "200", description = "The recurring expense",
            headers = @Header(name = "ETag", description = HeaderDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecurringExpenseResponse.class)))
    @APIResponse(responseCode = "404", description = "No such recurring expense of the user (RECURRING_EXPENSE_NOT_FOUND)")
    public RestResponse<RecurringExpenseResponse> get(@Parameter(description = ID_DOC) @PathParam("id") String id) {
        return ok(recurring.get(currentUser.id(), parseId(id)));
    }

    @PATCH
    @Path("/{id}")
    @Operation(operationId = "updateRecurringExpense", summary = "Change a recurring expense",
            description = "Partial update: only the fields sent change; a template sent replaces the whole template;"
                    + " end_date: null removes the end. Expenses already created are not changed.")
    @APIResponse(responseCode = "200", description = "The changed recurring expense",
            headers = @Header(name = "ETag", description = HeaderDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecurringExpenseResponse.class)))
    @APIResponse(responseCode = "404", description = "No such recurring expense of the user (RECURRING_EXPENSE_NOT_FOUND)")
    @APIResponse(responseCode = "412", description = "If-Match names another version than the current one (VERSION_CONFLICT)")
    @APIResponse(responseCode = "422", description = FIELDS_422)
    public RestResponse<RecurringExpenseResponse> update(@Parameter(description = ID_DOC) @PathParam("id") String id,
            @Valid @NotNull(message = "is required") UpdateRecurringExpenseRequest request,
            @Parameter(description = HeaderDocs.IF_MATCH, example = "\"3\"") @HeaderParam("If-Match") String ifMatch) {
        return ok(recurring.update(currentUser.id(), parseId(id), request, ifMatch));
    }

    @POST
    @Path("/{id}/skip")
    @Operation(operationId = "skipRecurringExpense", summary = "Skip the next occurrence",
            description = "The occurrence at next_date is never created; next_date moves to the one after it (null"
                    + " when that is past end_date).")
    @APIResponse(responseCode = "200", description = "The recurring expense with its new next_date",
            headers = @Header(name = "ETag", description = HeaderDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecurringExpenseResponse.class)))
    @APIResponse(responseCode = "404", description = "No such recurring expense of the user (RECURRING_EXPENSE_NOT_FOUND)")
    @APIResponse(responseCode = "409", description = "No occurrence is left: end_date is passed (RECURRING_EXPENSE_ENDED)")
    @APIResponse(responseCode = "412", description = "If-Match names another version than the current one (VERSION_CONFLICT)")
    public RestResponse<RecurringExpenseResponse> skip(@Parameter(description = ID_DOC) @PathParam("id") String id,
            @Parameter(description = HeaderDocs.IF_MATCH, example = "\"3\"") @HeaderParam("If-Match") String ifMatch) {
        return ok(recurring.skip(currentUser.id(), parseId(id), ifMatch));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteRecurringExpense", summary = "Delete a recurring expense",
            description = "No further occurrences are created. The expenses it created stay, with recurring_expense_id"
                    + " null; set active: false instead to pause it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such recurring expense of the user (RECURRING_EXPENSE_NOT_FOUND)")
    @APIResponse(responseCode = "412", description = "If-Match names another version than the current one (VERSION_CONFLICT)")
    public RestResponse<Void> delete(@Parameter(description = ID_DOC) @PathParam("id") String id,
            @Parameter(description = HeaderDocs.IF_MATCH, example = "\"3\"") @HeaderParam("If-Match") String ifMatch) {
        recurring.delete(currentUser.id(), parseId(id), ifMatch);
        return RestResponse.noContent();
    }

    private static RestResponse<RecurringExpenseResponse> ok(RecurringExpenseResponse response) {
        return RestResponse.ResponseBuilder.ok(response).header("ETag", ETags.of(response.version())).build();
    }

    /** A malformed id names no recurring expense: 404 like an unknown one, never a 400 or 500. */
    private static UUID parseId(String id) {
        return PathIds.parse(id, RecurringExpenseService::notFound);
    }
}
