package dev.coffer.recurring;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonFormat;

import dev.coffer.expense.ExpenseTemplate;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** The expense a recurring expense creates at each occurrence; also read back by {@code Idempotency}. */
@RegisterForReflection
@Schema(description = "The expense created at each occurrence, under the rules of an expense (docs/expenses.md)."
        + " Texts are stripped and blank ones stored as absent; tags are stripped and deduplicated.")
public record RecurringTemplate(
        @Schema(required = true, type = SchemaType.STRING, format = "decimal", example = "12.99",
                description = "Greater than 0, at most 999999999999.9999, with no more decimals than the currency"
                        + " has. A decimal string; a JSON number is also read exactly.")
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        @Schema(nullable = true, example = "EUR", pattern = "^[A-Z]{3}$",
                description = "ISO 4217 code in upper case; the user's base currency when absent")
        String currency,
        @Schema(required = true, description = "One of the user's categories")
        UUID categoryId,
        @Schema(nullable = true, description = "One of the user's payment methods")
        UUID paymentMethodId,
        @Schema(nullable = true, maxLength = 200, example = "Streaming subscription")
        String description,
        @Schema(nullable = true, maxLength = 200, example = "Netflix")
        String merchant,
        @Schema(nullable = true, maxItems = 20, example = "[\"subscriptions\"]",
                description = "At most 20 distinct tags of 1 to 40 characters each")
        List<String> tags) {

    ExpenseTemplate toExpense() {
        return new ExpenseTemplate(amount, currency, categoryId, paymentMethodId, description, merchant, tags);
    }
}
