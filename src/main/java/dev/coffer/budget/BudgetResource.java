package dev.coffer.budget;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
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
import io.quarkus.security.Authenticated;

@Path("/api/v1/budgets")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = "jwt")
@Tag(name = "Budgets", description = "Spending limits per week, month, quarter or year, for a category or for all"
        + " spending, with their status and alert thresholds")
public class BudgetResource {

    private static final String BASE = "/api/v1/budgets/";
    private static final String ID_DOC = "Id of one of the user's budgets; another user's id or a malformed one is a 404";
    private static final String FIELDS_422 = "Invalid field (VALIDATION_FAILED naming each: name, category_id (not one of"
            + " the user's categories), amount (not above 0, too large, or more decimals than the currency has),"
            + " currency, period, start_date, alert_thresholds)";

    private final BudgetService budgets;
    private final Idempotency idempotency;
    private final CurrentUser currentUser;

    BudgetResource(BudgetService budgets, Idempotency idempotency, CurrentUser currentUser) {
        this.budgets = budgets;
        this.idempotency = idempotency;
        this.currentUser = currentUser;
    }

    @POST
    @Operation(operationId = "createBudget", summary = "Create a budget")
    @APIResponse(responseCode = "201", description = "Created",
            headers = { @Header(name = "Location", description = HeaderDocs.LOCATION, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = HeaderDocs.ETAG, schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BudgetResponse.class)))
    @APIResponse(responseCode = "422", description = FIELDS_422 + ", or a malformed Idempotency-Key header; or an"
            + " Idempotency-Key already used for another request (IDEMPOTENCY_KEY_REUSED)")
    public RestResponse<BudgetResponse> create(@Valid @NotNull(message = "is required") CreateBudgetRequest request,
            @Parameter(description = HeaderDocs.IDEMPOTENCY_KEY, schema = @Schema(type = SchemaType.STRING, maxLength = Idempotency.MAX_KEY_LENGTH))
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        UUID userId = currentUser.id();
        return idempotency.create(userId, idempotencyKey, request, BudgetResponse.class,
                () -> created(budgets.create(userId, request)));
    }

    @GET
    @Operation(operationId = "listBudgets", summary = "List budgets",
            description = "Paged, by name (case-insensitively), inactive budgets included.")
    @APIResponse(responseCode = "200", description = "One page; a page past the end has no items and the real total")
    @APIResponse(responseCode = "422", description = "A malformed or out-of-range parameter (VALIDATION_FAILED naming"
            + " it): page below 1, size over 200")
    public PageResponse<BudgetResponse> list(@Valid @BeanParam PageParams page) {
        return budgets.list(currentUser.id(), page);
    }

    @GET
    @Path("/status")
    @Operation(operationId = "getBudgetStatus", summary = "Where each active budget stands",
            description = "One entry per active budget for its period containing date, by budget name, not paged;"
                    + " budgets starting after date are left out. Amounts are in each budget's currency; expenses"
                    + " in other currencies count at the rate of their own date (docs/budgets.md).")
    @APIResponse(responseCode = "200", description = "The statuses; an empty list without active budgets",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = BudgetStatusResponse.class)))
    @APIResponse(responseCode = "422", description = "date is not a date YYYY-MM-DD from 1900-01-01 to 9999-12-31"
            + " (VALIDATION_FAILED naming date)")
    public List<BudgetStatusResponse> status(
            @Parameter(description = "The day whose periods are reported (YYYY-MM-DD); today in the user's time zone"
                    + " when absent", example = "2025-02-21", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("date") String date) {
        return budgets.status(currentUser.id(), parseDate(date));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getBudget", summary = "Get a budget")
    @APIResponse(responseCode = "200", description = "The budget",
            headers = @Header(name = "ETag", description = HeaderDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BudgetResponse.class)))
    @APIResponse(responseCode = "404", description = "No such budget of the user (BUDGET_NOT_FOUND)")
    public RestResponse<BudgetResponse> get(@Parameter(description = ID_DOC) @PathParam("id") String id) {
        return ok(budgets.get(currentUser.id(), parseId(id)));
    }

    @PATCH
    @Path("/{id}")
    @Operation(operationId = "updateBudget", summary = "Change a budget",
            description = "Partial update: only the fields sent change; category_id: null makes it cover all spending.")
    @APIResponse(responseCode = "200", description = "The changed budget",
            headers = @Header(name = "ETag", description = HeaderDocs.ETAG, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BudgetResponse.class)))
    @APIResponse(responseCode = "404", description = "No such budget of the user (BUDGET_NOT_FOUND)")
    @APIResponse(responseCode = "412", description = "If-Match names another version than the current one (VERSION_CONFLICT)")
    @APIResponse(responseCode = "422", description = FIELDS_422)
    public RestResponse<BudgetResponse> update(@Parameter(description = ID_DOC) @PathParam("id") String id,
            @Valid @NotNull(message = "is required") UpdateBudgetRequest request,
            @Parameter(description = HeaderDocs.IF_MATCH, example = "\"3\"") @HeaderParam("If-Match") String ifMatch) {
        return ok(budgets.update(currentUser.id(), parseId(id), request, ifMatch));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteBudget", summary = "Delete a budget",
            description = "Deletes the budget and its notifications. Set active: false instead to keep it without"
                    + " status or alerts.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such budget of the user (BUDGET_NOT_FOUND)")
    @APIResponse(responseCode = "412", description = "If-Match names another version than the current one (VERSION_CONFLICT)")
    public RestResponse<Void> delete(@Parameter(description = ID_DOC) @PathParam("id") String id,
            @Parameter(description = HeaderDocs.IF_MATCH, example = "\"3\"") @HeaderParam("If-Match") String ifMatch) {
        budgets.delete(currentUser.id(), parseId(id), ifMatch);
        return RestResponse.noContent();
    }

    private static RestResponse<BudgetResponse> created(BudgetResponse budget) {
        return RestResponse.ResponseBuilder.<BudgetResponse>created(URI.create(BASE + budget.id())).entity(budget)
                .header("ETag", ETags.of(budget.version())).build();
    }

    private static RestResponse<BudgetResponse> ok(BudgetResponse budget) {
        return RestResponse.ResponseBuilder.ok(budget).header("ETag", ETags.of(budget.version())).build();
    }

    private static LocalDate parseDate(String date) {
        if (date == null) {
            return null;
        }
        try {
            LocalDate parsed = LocalDate.parse(date);
            if (!parsed.isBefore(BudgetRules.EARLIEST_START) && !parsed.isAfter(BudgetRules.LATEST_START)) {
                return parsed;
            }
        } catch (DateTimeParseException e) {
            // Reported below like an out-of-range date.
        }
        throw ApiException.invalidField("date", "must be a date YYYY-MM-DD from " + BudgetRules.EARLIEST_START + " to "
                + BudgetRules.LATEST_START);
    }

    /** A malformed id names no budget: 404 like an unknown one, never a 400 or 500. */
    private static UUID parseId(String id) {
        return PathIds.parse(id, BudgetService::notFound);
    }
}
