package dev.coffer.expense;

import java.net.URI;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import dev.coffer.common.error.Problem;
import dev.coffer.common.security.CurrentUser;
import dev.coffer.common.web.ETags;
import dev.coffer.common.web.HeaderDocs;
import dev.coffer.common.web.Idempotency;
import dev.coffer.common.web.PageParams;
import dev.coffer.common.web.PageResponse;
import io.quarkus.security.Authenticated;

@Path("/api/v1/expenses")
@Authenticated
@Tag(name = "Expenses", description = "The expense ledger: each expense in its own currency, with its conversion"
        + " into the user's base currency at the rate of its date. Amounts are decimal strings at the currency's"
        + " minor units. Another user's expense answers 404 exactly like a missing one.")
@SecurityRequirement(name = "jwt")
public class ExpenseResource {

    private static final String JSON = "application/json";
    private static final String ID = "The expense's id; an unknown or malformed id, or another user's, is a 404";
    private static final String IF_MATCH = "The ETag (version) the change is based on; another version is a 412"
            + " VERSION_CONFLICT. Without it the change applies to whatever the current version is.";

    private static final String PERIOD_START = "First day of the period (YYYY-MM-DD). Give both start_date and"
            + " end_date, or neither for the current month in the user's time zone; on or after 1900-01-01";
    private static final String PERIOD_END = "Last day of the period (YYYY-MM-DD), inclusive; at most "
            + ExpensePeriod.MAX_DAYS + " days after start_date counting both";
    private static final String PERIOD_422 = "A bad period (VALIDATION_FAILED, errors name the parameter): a"
            + " malformed date, only one of start_date and end_date, start_date after end_date or before"
            + " 1900-01-01, end_date after 9999-12-31, or more than " + ExpensePeriod.MAX_DAYS + " days (end_date)";

    private final ExpenseService expenses;
    private final ExpenseReports reports;
    private final Idempotency idempotency;
    private final CurrentUser currentUser;

    ExpenseResource(ExpenseService expenses, ExpenseReports reports, Idempotency idempotency,
            CurrentUser currentUser) {
        this.expenses = expenses;
        this.reports = reports;
        this.idempotency = idempotency;
        this.currentUser = currentUser;
    }

    @POST
    @Operation(operationId = "createExpense", summary = "Records an expense",
            description = "The conversion into the user's base currency is computed at once when a rate is"
                    + " known for the expense's date, else converted is null until one arrives.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ExpenseResponse.class)),
            headers = { @Header(name = "Location", description = "URL of the new expense",
                    schema = @Schema(type = SchemaType.STRING)), @Header(name = "ETag", description = "\"<version>\"",
                            schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "400", description = "The body is not valid JSON (MALFORMED_JSON)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The body is larger than 1 MiB",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A field breaks a rule (VALIDATION_FAILED, errors name each"
            + " field), including a category or payment method that is not the user's and a malformed"
            + " Idempotency-Key header; or an Idempotency-Key already used for another request"
            + " (IDEMPOTENCY_KEY_REUSED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<ExpenseResponse> create(@Valid @NotNull(message = "is required") CreateExpenseRequest request,
            @Parameter(description = HeaderDocs.IDEMPOTENCY_KEY,
                    schema = @Schema(type = SchemaType.STRING, maxLength = Idempotency.MAX_KEY_LENGTH))
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        UUID userId = currentUser.id();
        return idempotency.create(userId, idempotencyKey, request, ExpenseResponse.class, () -> {
            Expense expense = expenses.create(userId, request);
            return RestResponse.ResponseBuilder.<ExpenseResponse>created(URI.create("/api/v1/expenses/" + expense.id))
                    .entity(ExpenseResponse.of(expense)).header("ETag", ETags.of(expense.version)).build();
        });
    }

    @GET
    @Operation(operationId = "listExpenses", summary = "Lists the user's expenses, filtered, sorted and paged",
            description = "Filters combine with AND. The list and its total are read with two statements whatever"
                    + " the page size.")
    @APIResponse(responseCode = "200", description = "One page; a page past the end has no items and the real total")
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A malformed or out-of-range parameter (VALIDATION_FAILED,"
            + " errors name it): a bad date or start_date after end_date, a category_id that is not a UUID, a"
            + " non-numeric amount, an unknown currency or sort field, size over 200",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResponse<ExpenseResponse> list(
            @Parameter(description = "Only expenses on or after this date (YYYY-MM-DD)", example = "2025-02-01",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("start_date") String startDate,
            @Parameter(description = "Only expenses on or before this date (YYYY-MM-DD), inclusive",
                    example = "2025-02-28",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("end_date") String endDate,
            @Parameter(description = "Only these categories; repeat the parameter for several (any of them)",
                    schema = @Schema(type = SchemaType.ARRAY, implementation = UUID.class))
            @QueryParam("category_id") List<String> categoryIds,
            @Parameter(description = "Only this payment method", schema = @Schema(type = SchemaType.STRING,
                    format = "uuid")) @QueryParam("payment_method_id") String paymentMethodId,
            @Parameter(description = "Only expenses in this currency", example = "EUR")
            @QueryParam("currency") String currency,
            @Parameter(description = "Only amounts of at least this much, in each expense's own currency",
                    example = "10.00", schema = @Schema(type = SchemaType.STRING, format = "decimal"))
            @QueryParam("min_amount") String minAmount,
            @Parameter(description = "Only amounts of at most this much, in each expense's own currency",
                    example = "100.00", schema = @Schema(type = SchemaType.STRING, format = "decimal"))
            @QueryParam("max_amount") String maxAmount,
            @Parameter(description = "Only expenses carrying this tag; repeat for several (all must match)")
            @QueryParam("tag") List<String> tags,
            @Parameter(description = "Case-insensitive text contained in the description, merchant or notes"
                    + " (% and _ match themselves)") @QueryParam("q") String q,
            @Parameter(description = "Comma-separated fields among date, amount and created_at, each with - for"
                    + " descending; ties are broken by id", example = ExpenseOrder.DEFAULT,
                    schema = @Schema(type = SchemaType.STRING, defaultValue = ExpenseOrder.DEFAULT))
            @QueryParam("sort") String sort,
            @Valid @BeanParam PageParams page) {
        ExpenseFilter filter = ExpenseFilter.parse(currentUser.id(), startDate, endDate, categoryIds, paymentMethodId,
                currency, minAmount, maxAmount, tags, q);
        return expenses.list(filter, ExpenseOrder.parse(sort), page);
    }

    @GET
    @Path("/summary")
    @Operation(operationId = "getExpenseSummary", summary = "Totals of a period by category and by day",
            description = "In the user's base currency, from the stored conversions of the expenses (which follow"
                    + " a change of base currency and newly stored rates). Exact: the category totals and the day"
                    + " totals each add up to total. Expenses without a conversion yet are counted in"
                    + " unconverted_count and in nothing else. by_day lists every day of the period, zero days"
                    + " included.")
    @APIResponse(responseCode = "200", description = "The summary; a period without expenses has total \"0.00\","
            + " count 0, no categories and a zero entry for each day",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ExpenseSummaryResponse.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = PERIOD_422,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ExpenseSummaryResponse summary(
            @Parameter(description = PERIOD_START, example = "2025-02-01",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("start_date") String startDate,
            @Parameter(description = PERIOD_END, example = "2025-02-28",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("end_date") String endDate) {
        return reports.summary(currentUser.id(), startDate, endDate);
    }

    @GET
    @Path("/stats")
    @Operation(operationId = "getExpenseStats", summary = "Statistics of the amounts of a period",
            description = "Count, total, mean, median, min, max and sample standard deviation of the converted"
                    + " amounts in the user's base currency, each computed exactly and rounded once, half to even,"
                    + " to its minor units. Expenses without a conversion yet are counted in unconverted_count only.")
    @APIResponse(responseCode = "200", description = "The statistics; without converted expenses count is 0,"
            + " total \"0.00\" and the other figures null",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ExpenseStatsResponse.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = PERIOD_422,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ExpenseStatsResponse stats(
            @Parameter(description = PERIOD_START, example = "2025-02-01",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("start_date") String startDate,
            @Parameter(description = PERIOD_END, example = "2025-02-28",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("end_date") String endDate) {
        return reports.stats(currentUser.id(), startDate, endDate);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getExpense", summary = "Reads one expense")
    @APIResponse(responseCode = "200", description = "The expense",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ExpenseResponse.class)),
            headers = @Header(name = "ETag", description = "\"<version>\"", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such expense of this user (EXPENSE_NOT_FOUND)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<ExpenseResponse> get(@Parameter(description = ID) @PathParam("id") String id) {
        Expense expense = expenses.find(currentUser.id(), parseId(id)).orElseThrow(ExpenseService::notFound);
        return withETag(RestResponse.ResponseBuilder.ok(ExpenseResponse.of(expense)), expense);
    }

    @PATCH
    @Path("/{id}")
    @Operation(operationId = "updateExpense", summary = "Changes some fields of an expense",
            description = "A JSON merge patch: absent members keep their value, null clears an optional field.")
    @APIResponse(responseCode = "200", description = "The changed expense",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ExpenseResponse.class)),
            headers = @Header(name = "ETag", description = "\"<version>\"", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "The body is not valid JSON (MALFORMED_JSON)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such expense of this user (EXPENSE_NOT_FOUND)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names another version (VERSION_CONFLICT)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The body is larger than 1 MiB",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The changed expense breaks a rule (VALIDATION_FAILED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<ExpenseResponse> update(@Parameter(description = ID) @PathParam("id") String id,
            @Valid @NotNull(message = "is required") UpdateExpenseRequest request,
            @Parameter(in = ParameterIn.HEADER, description = IF_MATCH, example = "\"3\"")
            @HeaderParam("If-Match") String ifMatch) {
        Expense expense = expenses.update(currentUser.id(), parseId(id), request, ifMatch);
        return withETag(RestResponse.ResponseBuilder.ok(ExpenseResponse.of(expense)), expense);
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "replaceExpense", summary = "Replaces every editable field of an expense")
    @APIResponse(responseCode = "200", description = "The replaced expense",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ExpenseResponse.class)),
            headers = @Header(name = "ETag", description = "\"<version>\"", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "The body is not valid JSON (MALFORMED_JSON)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such expense of this user (EXPENSE_NOT_FOUND)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names another version (VERSION_CONFLICT)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The body is larger than 1 MiB",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A field breaks a rule (VALIDATION_FAILED)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<ExpenseResponse> replace(@Parameter(description = ID) @PathParam("id") String id,
            @Valid @NotNull(message = "is required") ReplaceExpenseRequest request,
            @Parameter(in = ParameterIn.HEADER, description = IF_MATCH, example = "\"3\"")
            @HeaderParam("If-Match") String ifMatch) {
        Expense expense = expenses.replace(currentUser.id(), parseId(id), request, ifMatch);
        return withETag(RestResponse.ResponseBuilder.ok(ExpenseResponse.of(expense)), expense);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteExpense", summary = "Deletes an expense")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such expense of this user (EXPENSE_NOT_FOUND)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match names another version (VERSION_CONFLICT)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<Void> delete(@Parameter(description = ID) @PathParam("id") String id,
            @Parameter(in = ParameterIn.HEADER, description = IF_MATCH, example = "\"3\"")
            @HeaderParam("If-Match") String ifMatch) {
        expenses.delete(currentUser.id(), parseId(id), ifMatch);
        return RestResponse.noContent();
    }

    private static RestResponse<ExpenseResponse> withETag(RestResponse.ResponseBuilder<ExpenseResponse> builder,
            Expense expense) {
        return builder.header("ETag", ETags.of(expense.version)).build();
    }

    /** A malformed id names no expense: 404 like an unknown one, never a 400 or 500. */
    private static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ExpenseService.notFound();
        }
    }
}
