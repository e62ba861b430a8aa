package dev.coffer.recurring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.coffer.currency.CurrencyCatalog;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** A recurring expense as clients see it. Read back by Jackson when an idempotent create is replayed. */
@RegisterForReflection
@Schema(description = "An expense that recurs on a schedule; each occurrence becomes an expense once")
public record RecurringExpenseResponse(
        @Schema(example = "0190e2a4-7d0b-7c3e-9d4f-2b1c3a4d5e6f") UUID id,
        RecurringTemplate template,
        @Schema(enumeration = { "daily", "weekly", "biweekly", "monthly", "yearly" }, example = "monthly") String frequency,
        @Schema(example = "1") int interval,
        @Schema(example = "2025-01-31") LocalDate startDate,
        @Schema(nullable = true, example = "2025-12-31") LocalDate endDate,
        @Schema(nullable = true, example = "2025-02-28",
                description = "The next occurrence still to create; null once end_date is passed") LocalDate nextDate,
        @Schema(description = "Inactive recurring expenses create no expenses") boolean active,
        @Schema(description = "Optimistic-locking version, also sent as the ETag", example = "0") long version,
        Instant createdAt,
        Instant updatedAt) {

    static RecurringExpenseResponse of(RecurringExpense recurring) {
        BigDecimal amount = CurrencyCatalog.find(recurring.currency)
                .map(currency -> recurring.amount.setScale(currency.minorUnits()))
                .orElse(recurring.amount);
        RecurringTemplate template = new RecurringTemplate(amount, recurring.currency, recurring.categoryId,
                recurring.paymentMethodId, recurring.description, recurring.merchant,
                recurring.tags == null ? List.of() : List.copyOf(recurring.tags));
        return new RecurringExpenseResponse(recurring.id, template, recurring.frequency, recurring.interval,
                recurring.startDate, recurring.endDate, recurring.nextDate, recurring.active, recurring.version,
                recurring.createdAt, recurring.updatedAt);
    }
}
