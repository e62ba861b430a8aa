package dev.coffer.expense;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import dev.coffer.common.error.ApiException;
import dev.coffer.common.error.ConcurrencyRetry;
import dev.coffer.common.security.CurrentUser;
import dev.coffer.common.web.ETags;
import dev.coffer.common.web.HeaderDocs;
import dev.coffer.common.web.HttpConfig;
import dev.coffer.common.web.Idempotency;
import dev.coffer.common.web.LimitedBody;
import dev.coffer.common.web.PageParams;
import dev.coffer.common.web.PageResponse;
import dev.coffer.common.web.PathIds;
import dev.coffer.user.User;
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

    private static final String PERIOD_422 = "A bad period (VALIDATION_FAILED, errors name the parameter): a"
            + " malformed date, only one of start_date and end_date, start_date after end_date or before"
            + " 1900-01-01, end_date after 9999-12-31, or more than " + ExpensePeriod.MAX_DAYS + " days (end_date)";

    private final ExpenseService expenses;
    private final ExpenseReports reports;
    private final ExpenseImporter importer;
    private final ExpenseExporter exporter;
    private final Idempotency idempotency;
    private final CurrentUser currentUser;
    private final long maxImportBodyBytes;

    ExpenseResource(ExpenseService expenses, ExpenseReports reports, ExpenseImporter importer,
            ExpenseExporter exporter, Idempotency idempotency, CurrentUser currentUser, HttpConfig http) {
        this.expenses = expenses;
        this.reports = reports;
        this.importer = importer;
        this.exporter = exporter;
        this.idempotency = idempotency;
        this.currentUser = currentUser;
        this.maxImportBodyBytes = http.maxImportBodyBytes();
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
    @APIResponse(responseCode = "400", description = "The body is not valid JSON (MALFORMED_JSON)")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "413", description = "The body is larger than 1 MiB")
    @APIResponse(responseCode = "422", description = "A field breaks a rule (VALIDATION_FAILED, errors name each"
            + " field), including a category or payment method that is not the user's and a malformed"
            + " Idempotency-Key header; or an Idempotency-Key already used for another request"
            + " (IDEMPOTENCY_KEY_REUSED)")
    public RestResponse<ExpenseResponse> create(@Valid @NotNull(message = "is required") ExpenseRequest request,
            @Parameter(description = HeaderDocs.IDEMPOTENCY_KEY,
                    schema = @Schema(type = SchemaType.STRING, maxLength = Idempotency.MAX_KEY_LENGTH))
            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        UUID userId = currentUser.id();
        return ConcurrencyRetry.run(() -> idempotency.create(userId, idempotencyKey, request, ExpenseResponse.class,
                () -> {
                    Expense expense = expenses.create(userId, request);
                    return RestResponse.ResponseBuilder
                            .<ExpenseResponse>created(URI.create("/api/v1/expenses/" + expense.id))
                            .entity(ExpenseResponse.of(expense)).header("ETag", ETags.of(expense.version)).build();
                }));
    }

    @GET
    @Operation(operationId = "listExpenses", summary = "Lists the user's expenses, filtered, sorted and paged",
            description = "Filters combine with AND. The list and its total are read with two statements whatever"
                    + " the page size.")
    @APIResponse(responseCode = "200", description = "One page; a page past the end has no items and the real total")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "422", description = "A malformed or out-of-range parameter (VALIDATION_FAILED,"
            + " errors name it): a bad date or start_date after end_date, a category_id that is not a UUID, a"
            + " non-numeric amount, an unknown currency or sort field, size over 200")
    public PageResponse<ExpenseResponse> list(@BeanParam ExpenseQueryParams query, @Valid @BeanParam PageParams page) {
        return expenses.list(query.filter(currentUser.id()), query.order(), page);
    }

    @POST
    @Path("/import")
    @Consumes(ExpenseCsv.MEDIA_TYPE)
    @Operation(operationId = "importExpenses", summary = "Imports expenses from a CSV file",
            description = "The header names the columns: " + ExpenseCsv.HEADER + " (any order; date, amount and"
                    + " category required, others optional, unknown columns ignored; map= renames them). Tags are"
                    + " separated by ';'. category and payment_method are names, matched to the user's own"
                    + " regardless of case (archived ones included); a category the user lacks is created as a"
                    + " top-level category, a payment method the user lacks with type other and no last4, once"
                    + " each, by the first valid row naming it; an empty currency is the user's base currency."
                    + " Each row follows the rules of createExpense. A row with the same date, amount, currency,"
                    + " description and merchant as an expense of the user, or as an earlier row, is skipped, so"
                    + " importing a file again imports nothing. Without partial=true any error writes nothing."
                    + " The answer is 200 whenever the file could be read, errors or not.")
    @RequestBody(required = true, description = "UTF-8 CSV (RFC 4180 quoting: values holding commas, quotes or line"
            + " breaks in double quotes, quotes doubled), at most 10 MiB; the first line is the header",
            content = @Content(mediaType = ExpenseCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "two expenses", value = ExpenseCsv.HEADER + "\n"
                            + "2025-02-21,25.50,EUR,Food & Dining,Lunch,Chez Marcel,,work;team,Visa\n"
                            + "2025-02-22,3000,JPY,Transport,\"Taxi, airport\",,,,\n")))
    @APIResponse(responseCode = "200", description = "The file was read: what was imported (or, with dry_run, would"
            + " be), and every row's errors",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ExpenseImportResponse.class),
                    examples = @ExampleObject(name = "one bad row, nothing written", value = "{\"imported\": 0,"
                            + " \"skipped_duplicates\": 1, \"rejected\": 1, \"dry_run\": false, \"errors\": [{\"line\": 3,"
                            + " \"message\": \"amount: has more decimals than JPY allows (0)\"}]}")))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "413", description = "The body is larger than 10 MiB")
    @APIResponse(responseCode = "415", description = "The body is not sent as text/csv")
    @APIResponse(responseCode = "422", description = "The file cannot be imported at all (VALIDATION_FAILED): it is"
            + " empty or not CSV, its header lacks a required column or has two for one field (errors name"
            + " body), or map, partial or dry_run is malformed or map names an unknown field or a column the"
            + " header lacks (errors name the parameter)")
    public ExpenseImportResponse importCsv(
            @Parameter(description = "true writes the valid rows even when others have errors",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("partial") String partial,
            @Parameter(description = "true checks everything and answers as the import would, writing nothing"
                    + " (no expenses, no categories, no payment methods)",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("dry_run") String dryRun,
            @Parameter(description = "Renames the file's columns: csv_column:field pairs separated by commas, where"
                    + " field is one of " + ExpenseCsv.HEADER + "; column names match regardless of case",
                    example = "Datum:date,Betrag:amount,Kategorie:category")
            @QueryParam("map") String map,
            InputStream body) throws IOException {
        ExpenseImporter.Options options = new ExpenseImporter.Options(flag("partial", partial), flag("dry_run", dryRun),
                ExpenseImporter.parseMap(map));
        return importer.run(currentUser.id(), LimitedBody.of(body, maxImportBodyBytes), options);
    }

    @GET
    @Path("/export")
    @Produces({ ExpenseCsv.MEDIA_TYPE, JSON })
    @Operation(operationId = "exportExpenses", summary = "Downloads the user's expenses as CSV or JSON",
            description = "Takes the filters and sort of listExpenses, without paging: every matching expense, streamed"
                    + " as it is read. CSV has exactly the columns importExpenses reads, with category and payment"
                    + " method by name, so an export re-imports to the same expenses (into the same account: all"
                    + " duplicates). JSON is an array of expenses as getExpense answers them.")
    @APIResponse(responseCode = "200", description = "The file, as an attachment named expenses-<today>.csv or .json"
            + " (today in the user's time zone)",
            headers = @Header(name = "Content-Disposition", description = "attachment; filename=\"expenses-2025-02-28.csv\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = {
                    @Content(mediaType = ExpenseCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "csv", value = ExpenseCsv.HEADER + "\n"
                                    + "2025-02-21,25.50,EUR,Food & Dining,Lunch,Chez Marcel,,work;team,Visa\n")),
                    @Content(mediaType = JSON, schema = @Schema(type = SchemaType.ARRAY,
                            implementation = ExpenseResponse.class)) })
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "422", description = "A format other than csv or json, or a malformed filter"
            + " (VALIDATION_FAILED, errors name the parameter), as for listExpenses")
    public Response export(
            @Parameter(description = "csv (the default) or json",
                    schema = @Schema(type = SchemaType.STRING, enumeration = { "csv", "json" }, defaultValue = "csv"))
            @QueryParam("format") String format,
            @BeanParam ExpenseQueryParams query) {
        String kind = format == null || format.isBlank() ? "csv" : format.strip();
        if (!kind.equals("csv") && !kind.equals("json")) {
            throw ApiException.invalidField("format", "must be csv or json");
        }
        UUID userId = currentUser.id();
        ExpenseFilter filter = query.filter(userId);
        ExpenseOrder order = query.order();
        String fileName = "expenses-" + ExpenseService.today(User.findById(userId)) + "." + kind;
        StreamingOutput output = kind.equals("csv") ? exporter.csv(filter, order) : exporter.json(filter, order);
        return Response.ok(output, kind.equals("csv") ? ExpenseCsv.MEDIA_TYPE + "; charset=UTF-8" : JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"").build();
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
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "422", description = PERIOD_422)
    public ExpenseSummaryResponse summary(@BeanParam ExpensePeriodParams period) {
        return reports.summary(currentUser.id(), period.startDate, period.endDate);
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
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "422", description = PERIOD_422)
    public ExpenseStatsResponse stats(@BeanParam ExpensePeriodParams period) {
        return reports.stats(currentUser.id(), period.startDate, period.endDate);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getExpense", summary = "Reads one expense")
    @APIResponse(responseCode = "200", description = "The expense",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ExpenseResponse.class)),
            headers = @Header(name = "ETag", description = "\"<version>\"", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "404", description = "No such expense of this user (EXPENSE_NOT_FOUND)")
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
    @APIResponse(responseCode = "400", description = "The body is not valid JSON (MALFORMED_JSON)")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "404", description = "No such expense of this user (EXPENSE_NOT_FOUND)")
    @APIResponse(responseCode = "412", description = "If-Match names another version (VERSION_CONFLICT)")
    @APIResponse(responseCode = "413", description = "The body is larger than 1 MiB")
    @APIResponse(responseCode = "422", description = "The changed expense breaks a rule (VALIDATION_FAILED)")
    public RestResponse<ExpenseResponse> update(@Parameter(description = ID) @PathParam("id") String id,
            @Valid @NotNull(message = "is required") UpdateExpenseRequest request,
            @Parameter(in = ParameterIn.HEADER, description = IF_MATCH, example = "\"3\"")
            @HeaderParam("If-Match") String ifMatch) {
        Expense expense = ConcurrencyRetry.run(() -> expenses.update(currentUser.id(), parseId(id), request, ifMatch));
        return withETag(RestResponse.ResponseBuilder.ok(ExpenseResponse.of(expense)), expense);
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "replaceExpense", summary = "Replaces every editable field of an expense")
    @APIResponse(responseCode = "200", description = "The replaced expense",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ExpenseResponse.class)),
            headers = @Header(name = "ETag", description = "\"<version>\"", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "The body is not valid JSON (MALFORMED_JSON)")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "404", description = "No such expense of this user (EXPENSE_NOT_FOUND)")
    @APIResponse(responseCode = "412", description = "If-Match names another version (VERSION_CONFLICT)")
    @APIResponse(responseCode = "413", description = "The body is larger than 1 MiB")
    @APIResponse(responseCode = "422", description = "A field breaks a rule (VALIDATION_FAILED)")
    public RestResponse<ExpenseResponse> replace(@Parameter(description = ID) @PathParam("id") String id,
            @Valid @NotNull(message = "is required") ExpenseRequest request,
            @Parameter(in = ParameterIn.HEADER, description = IF_MATCH, example = "\"3\"")
            @HeaderParam("If-Match") String ifMatch) {
        Expense expense = ConcurrencyRetry.run(() -> expenses.replace(currentUser.id(), parseId(id), request, ifMatch));
        return withETag(RestResponse.ResponseBuilder.ok(ExpenseResponse.of(expense)), expense);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteExpense", summary = "Deletes an expense")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "404", description = "No such expense of this user (EXPENSE_NOT_FOUND)")
    @APIResponse(responseCode = "412", description = "If-Match names another version (VERSION_CONFLICT)")
    public RestResponse<Void> delete(@Parameter(description = ID) @PathParam("id") String id,
            @Parameter(in = ParameterIn.HEADER, description = IF_MATCH, example = "\"3\"")
            @HeaderParam("If-Match") String ifMatch) {
        ConcurrencyRetry.run(() -> expenses.delete(currentUser.id(), parseId(id), ifMatch));
        return RestResponse.noContent();
    }

    private static RestResponse<ExpenseResponse> withETag(RestResponse.ResponseBuilder<ExpenseResponse> builder,
            Expense expense) {
        return builder.header("ETag", ETags.of(expense.version)).build();
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

    /** A malformed id names no expense: 404 like an unknown one, never a 400 or 500. */
    private static UUID parseId(String id) {
        return PathIds.parse(id, ExpenseService::notFound);
    }
}
