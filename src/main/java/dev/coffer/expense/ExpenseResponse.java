package dev.coffer.expense;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Also read back by {@code Idempotency} from a stored answer, outside a resource signature. */
@RegisterForReflection
@Schema(description = "An expense in its own currency and, under converted, in the user's base currency")
public record ExpenseResponse(
        UUID id,
        @Schema(type = SchemaType.STRING, format = "decimal", example = "25.50",
                description = "Decimal string at the currency's minor units")
        String amount,
        @Schema(example = "EUR") String currency,
        @Schema(example = "2025-02-21") LocalDate date,
        UUID categoryId,
        @Schema(nullable = true) UUID paymentMethodId,
        @Schema(nullable = true, example = "Lunch with the team") String description,
        @Schema(nullable = true, example = "Chez Marcel") String merchant,
        @Schema(nullable = true) String notes,
        @Schema(example = "[\"work\"]") List<String> tags,
        @Schema(nullable = true, description = "The amount in the user's base currency at the rate of date (the"
                + " latest published on or before it); null only while no such rate is known, filled in when one"
                + " arrives")
        ConvertedAmount converted,
        @Schema(nullable = true, description = "The recurring expense this one was created from")
        UUID recurringExpenseId,
        @Schema(example = "0") long version,
        Instant createdAt,
        Instant updatedAt) {

    static ExpenseResponse of(Expense expense) {
        ConvertedAmount converted = expense.convertedAmount == null ? null
                : new ConvertedAmount(Amounts.format(expense.convertedAmount, expense.convertedCurrency),
                        expense.convertedCurrency, Amounts.rate(expense.rate), expense.rateDate, expense.rateSource);
        return new ExpenseResponse(expense.id, Amounts.format(expense.amount, expense.currency), expense.currency,
                expense.date, expense.categoryId, expense.paymentMethodId, expense.description, expense.merchant,
                expense.notes, expense.tags == null ? List.of() : List.copyOf(expense.tags), converted,
                expense.recurringExpenseId, expense.version, expense.createdAt, expense.updatedAt);
    }

    @Schema(description = "amount = expense amount x rate, computed with the exact ratio of the published rates and"
            + " rounded once to the base currency's minor units, half to even")
    @RegisterForReflection
    public record ConvertedAmount(
            @Schema(type = SchemaType.STRING, format = "decimal", example = "26.70") String amount,
            @Schema(example = "USD", description = "The user's base currency") String currency,
            @Schema(type = SchemaType.STRING, format = "decimal", example = "1.047021944",
                    description = "Units of the base currency per unit of the expense's currency, at least 10"
                            + " significant digits (fewer when exact); \"1\" in the base currency itself")
            String rate,
            @Schema(example = "2025-02-21", description = "The day of the rate used: the latest published on or"
                    + " before the expense's date (a Saturday expense shows Friday); the expense's own date for"
                    + " rate 1")
            LocalDate rateDate,
            @Schema(example = "ecb", description = "Who published the rate (comma-separated when the two legs"
                    + " through the euro came from different providers); \"identity\" for rate 1")
            String source) {
    }
}
