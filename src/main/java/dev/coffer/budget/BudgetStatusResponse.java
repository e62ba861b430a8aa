package dev.coffer.budget;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Where a budget stands in one period, every amount in the budget's currency. */
@RegisterForReflection
@Schema(description = "Where a budget stands in the period containing the date asked for, every amount a decimal"
        + " string in the budget's currency")
public record BudgetStatusResponse(
        UUID budgetId,
        @Schema(example = "Groceries") String name,
        @Schema(example = "EUR") String currency,
        @Schema(example = "2025-02-01") LocalDate periodStart,
        @Schema(description = "The last day of the period, included", example = "2025-02-28") LocalDate periodEnd,
        @Schema(type = SchemaType.STRING, format = "decimal", example = "400.00") String amount,
        @Schema(type = SchemaType.STRING, format = "decimal", example = "25.00",
                description = "Left over (positive) or overspent (negative) in the earlier periods of a rollover"
                        + " budget; \"0.00\" without rollover") String carriedOver,
        @Schema(type = SchemaType.STRING, format = "decimal", example = "340.00",
                description = "Expenses dated in the period, in the category and its subcategories (or all), each"
                        + " converted at the rate of its date") String spent,
        @Schema(type = SchemaType.STRING, format = "decimal", example = "85.00",
                description = "amount + carried_over - spent; negative when overspent") String remaining,
        @Schema(type = SchemaType.STRING, format = "decimal", nullable = true, example = "80.95",
                description = "spent / (amount + carried_over) x 100 with 2 decimals; null when nothing is available"
                        + " (amount + carried_over <= 0)") String percentUsed,
        @Schema(type = SchemaType.STRING, format = "decimal", example = "476.00",
                description = "spent / days elapsed (the date included) x days in the period") String projectedSpend,
        @Schema(enumeration = { "ok", "warning", "exceeded" }, example = "warning",
                description = "exceeded: spent > amount + carried_over, or nothing available; warning: percent_used"
                        + " reached the lowest alert threshold; ok otherwise") String status,
        @Schema(description = "Expenses of the period left out of spent because no rate to the budget's currency"
                + " is known for their date", example = "0") long unconvertedCount) {
}
