package dev.coffer.insight;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * One finding. Every kind shares kind, severity, message and currency; the other fields are those of its
 * kind (docs/insights.md) and absent from the others, so a client reads them by kind.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Insight", description = "One finding with the figures behind it. kind, severity, message and currency"
        + " are always there; the other fields only for the kinds named in their descriptions. Amounts are decimal"
        + " strings at the minor units of currency, percentages decimal strings with 2 places.")
public record Insight(
        @Schema(enumeration = { "category_spike", "budget_projected_overrun", "recurring_amount_changed",
                "unusual_expense" }, example = "category_spike") String kind,
        @Schema(enumeration = { "info", "warning" }, example = "warning",
                description = "warning: a budget projected to be overrun or a recurring expense that went up;"
                        + " info otherwise") String severity,
        @Schema(example = "Groceries: 520.00 USD in 2025-02, up 30.00% on the 400.00 USD average of the 3 months"
                + " before.", description = "The finding in plain English, with its figures") String message,
        @Schema(example = "USD", description = "The currency of the amounts: the budget's for"
                + " budget_projected_overrun, the recurring expense's for recurring_amount_changed, the base"
                + " currency otherwise") String currency,
        @Schema(description = "category_spike, unusual_expense") UUID categoryId,
        @Schema(example = "Groceries", description = "category_spike, unusual_expense") String categoryName,
        @Schema(description = "budget_projected_overrun") UUID budgetId,
        @Schema(description = "recurring_amount_changed") UUID recurringExpenseId,
        @Schema(description = "unusual_expense") UUID expenseId,
        @Schema(example = "Groceries", description = "budget_projected_overrun: the budget's name;"
                + " recurring_amount_changed: the description of its template, when it has one") String name,
        @Schema(example = "2025-03-14", description = "unusual_expense: the expense's date;"
                + " recurring_amount_changed: the date of the latest occurrence") LocalDate date,
        @Schema(example = "2025-02-01", description = "category_spike: first day of the month compared;"
                + " budget_projected_overrun: first day of the budget's period") LocalDate periodStart,
        @Schema(example = "2025-02-28", description = "category_spike: last day of the month compared;"
                + " budget_projected_overrun: last day of the budget's period") LocalDate periodEnd,
        @Schema(type = SchemaType.STRING, format = "decimal", example = "400.00",
                description = "budget_projected_overrun: the budget's amount; unusual_expense: the expense's"
                        + " converted amount") String amount,
        @Schema(type = SchemaType.STRING, format = "decimal", example = "400.00",
                description = "budget_projected_overrun: amount + carried_over") String available,
        @Schema(type = SchemaType.STRING, format = "decimal", example = "496.00",
                description = "budget_projected_overrun: as getBudgetStatus computes it") String projectedSpend,
        @Schema(type = SchemaType.STRING, format = "decimal", example = "96.00",
                description = "budget_projected_overrun: projected_spend - available") String projectedOverrun,
        @Schema(type = SchemaType.STRING, format = "decimal", example = "50.00",
                description = "recurring_amount_changed: the amount before the change") String previous,
        @Schema(type = SchemaType.STRING, format = "decimal", example = "520.00",
                description = "category_spike: the month's total; recurring_amount_changed: the amount after the"
                        + " change") String current,
        @Schema(type = SchemaType.STRING, format = "decimal", example = "400.00",
                description = "category_spike: the average monthly total of the 3 months before") String average,
        @Schema(type = SchemaType.STRING, format = "decimal", example = "120.00",
                description = "category_spike: current - average; recurring_amount_changed: current - previous")
        String change,
        @Schema(type = SchemaType.STRING, format = "decimal", example = "30.00",
                description = "category_spike, recurring_amount_changed: change / (average or previous) x 100")
        String changePercentage,
        @Schema(enumeration = { "occurrences", "template" }, example = "occurrences",
                description = "recurring_amount_changed: occurrences when the latest occurrence differs from the one"
                        + " before it, template when the template differs from the latest occurrence")
        String basis,
        @Schema(type = SchemaType.STRING, format = "decimal", example = "42.00",
                description = "unusual_expense: median of the category's converted expenses in the 12 months")
        String median,
        @Schema(type = SchemaType.STRING, format = "decimal", example = "6.00",
                description = "unusual_expense: median absolute deviation from median") String mad,
        @Schema(type = SchemaType.STRING, format = "decimal", example = "7.50",
                description = "unusual_expense, only when mad is 0: mean absolute deviation from median, the"
                        + " scale used instead") String meanAbsoluteDeviation,
        @Schema(type = SchemaType.STRING, format = "decimal", example = "11.24",
                description = "unusual_expense: the modified z-score, 2 decimals") String score,
        @Schema(example = "24", description = "unusual_expense: number of the category's converted expenses in the"
                + " 12 months") Long sampleSize) {

    /** A finding of {@code kind} with every kind-specific field absent; the factories below fill theirs. */
    static Builder of(String kind, String severity, String message, String currency) {
        return new Builder(kind, severity, message, currency);
    }

    /** Collects the fields of one kind, so that each factory names only what it sets. */
    static final class Builder {
        private final String kind;
        private final String severity;
        private final String message;
        private final String currency;
        UUID categoryId;
        String categoryName;
        UUID budgetId;
        UUID recurringExpenseId;
        UUID expenseId;
        String name;
        LocalDate date;
        LocalDate periodStart;
        LocalDate periodEnd;
        String amount;
        String available;
        String projectedSpend;
        String projectedOverrun;
        String previous;
        String current;
        String average;
        String change;
        String changePercentage;
        String basis;
        String median;
        String mad;
        String meanAbsoluteDeviation;
        String score;
        Long sampleSize;

        private Builder(String kind, String severity, String message, String currency) {
            this.kind = kind;
            this.severity = severity;
            this.message = message;
            this.currency = currency;
        }

        Insight build() {
            return new Insight(kind, severity, message, currency, categoryId, categoryName, budgetId,
                    recurringExpenseId, expenseId, name, date, periodStart, periodEnd, amount, available,
                    projectedSpend, projectedOverrun, previous, current, average, change, changePercentage, basis,
                    median, mad, meanAbsoluteDeviation, score, sampleSize);
        }
    }
}
