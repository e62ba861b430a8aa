package dev.coffer.expense;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The filter and sort query parameters of the expense list, which the export takes as well; parsed
 * into an {@link ExpenseFilter} and an {@link ExpenseOrder} (a 422 naming each malformed one).
 */
public class ExpenseQueryParams {

    @QueryParam("start_date")
    @Parameter(description = "Only expenses on or after this date (YYYY-MM-DD)", example = "2025-02-01",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String startDate;

    @QueryParam("end_date")
    @Parameter(description = "Only expenses on or before this date (YYYY-MM-DD), inclusive", example = "2025-02-28",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String endDate;

    @QueryParam("category_id")
    @Parameter(description = "Only these categories; repeat the parameter for several (any of them)",
            schema = @Schema(type = SchemaType.ARRAY, implementation = UUID.class))
    public List<String> categoryIds;

    @QueryParam("payment_method_id")
    @Parameter(description = "Only this payment method", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
    public String paymentMethodId;

    @QueryParam("currency")
    @Parameter(description = "Only expenses in this currency", example = "EUR")
    public String currency;

    @QueryParam("min_amount")
    @Parameter(description = "Only amounts of at least this much, in each expense's own currency", example = "10.00",
            schema = @Schema(type = SchemaType.STRING, format = "decimal"))
    public String minAmount;

    @QueryParam("max_amount")
    @Parameter(description = "Only amounts of at most this much, in each expense's own currency", example = "100.00",
            schema = @Schema(type = SchemaType.STRING, format = "decimal"))
    public String maxAmount;

    @QueryParam("tag")
    @Parameter(description = "Only expenses carrying this tag; repeat for several (all must match)")
    public List<String> tags;

    @QueryParam("q")
    @Parameter(description = "Case-insensitive text contained in the description, merchant or notes"
            + " (% and _ match themselves)")
    public String q;

    @QueryParam("sort")
    @Parameter(description = "Comma-separated fields among date, amount and created_at, each with - for"
            + " descending; ties are broken by id", example = ExpenseOrder.DEFAULT,
            schema = @Schema(type = SchemaType.STRING, defaultValue = ExpenseOrder.DEFAULT))
    public String sort;

    ExpenseFilter filter(UUID userId) {
        return ExpenseFilter.parse(userId, startDate, endDate, categoryIds, paymentMethodId, currency, minAmount,
                maxAmount, tags, q);
    }

    ExpenseOrder order() {
        return ExpenseOrder.parse(sort);
    }
}
