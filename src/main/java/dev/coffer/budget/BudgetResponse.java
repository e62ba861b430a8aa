package dev.coffer.budget;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.coffer.currency.Money;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** A budget as clients see it. Read back by Jackson when an idempotent create is replayed. */
@RegisterForReflection
@Schema(description = "A spending limit per period, for one category (with its subcategories) or for all spending")
public record BudgetResponse(
        @Schema(example = "0190e2a4-7d0b-7c3e-9d4f-2b1c3a4d5e6f") UUID id,
        @Schema(example = "Groceries") String name,
        @Schema(nullable = true, description = "The category watched, its subcategories included; null for all spending")
        UUID categoryId,
        @Schema(type = SchemaType.STRING, format = "decimal", example = "400.00",
                description = "The limit per period, at the currency's minor units") String amount,
        @Schema(example = "EUR") String currency,
        @Schema(enumeration = { "weekly", "monthly", "quarterly", "yearly" }, example = "monthly") String period,
        @Schema(description = "The first day of the first period; later periods are anchored on it",
                example = "2025-01-01") LocalDate startDate,
        @Schema(description = "Whether what is left (or overspent) in a period carries over to the next ones")
        boolean rollover,
        @Schema(description = "Percentages of the available amount that create a notification when reached",
                example = "[80, 100]") List<Integer> alertThresholds,
        @Schema(description = "Inactive budgets have no status and create no notifications") boolean active,
        @Schema(description = "Optimistic-locking version, also sent as the ETag", example = "0") long version,
        Instant createdAt,
        Instant updatedAt) {

    static BudgetResponse of(Budget budget) {
        return new BudgetResponse(budget.id, budget.name, budget.categoryId,
                Money.round(budget.amount, budget.currency).toPlainString(), budget.currency, budget.period,
                budget.startDate, budget.rollover, List.copyOf(budget.alertThresholds), budget.active, budget.version,
                budget.createdAt, budget.updatedAt);
    }
}
