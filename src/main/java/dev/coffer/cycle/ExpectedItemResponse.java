package dev.coffer.cycle;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.coffer.currency.Money;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** One expense a cycle expects. */
@RegisterForReflection
@Schema(description = "An expense the cycle expects: one occurrence of a recurring expense inside the cycle, in the"
        + " recurring expense's own currency. Not an expense.")
public record ExpectedItemResponse(
        UUID id,
        @Schema(example = "2025-03-31") LocalDate date,
        @Schema(type = SchemaType.STRING, format = "decimal", example = "950.00") String amount,
        @Schema(example = "EUR") String currency,
        @Schema(description = "The recurring expense's category when the cycle was created") UUID categoryId,
        @Schema(nullable = true, description = "The recurring expense it comes from; null once that is deleted")
        UUID recurringExpenseId,
        @Schema(nullable = true, example = "Rent") String description) {

    static ExpectedItemResponse of(CycleExpectedItem item) {
        return new ExpectedItemResponse(item.id, item.date, Money.round(item.amount, item.currency).toPlainString(),
                item.currency, item.categoryId, item.recurringExpenseId, item.description);
    }
}
