package dev.coffer.expense;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Every editable field of an expense: a new one (POST) or the full replacement of one (PUT, where"
        + " an absent optional field is cleared). An absent currency is the user's base currency. Texts are stripped"
        + " and blank ones stored as absent; tags are stripped and deduplicated. Every broken rule is reported at"
        + " once, each naming its field.")
public record ExpenseRequest(
        @Schema(required = true, type = SchemaType.STRING, format = "decimal", example = "25.50",
                description = "Greater than 0, at most 999999999999.9999, with no more decimals than the currency"
                        + " has (USD 2, JPY 0, BHD 3). A decimal string; a JSON number is also read exactly.")
        BigDecimal amount,
        @Schema(nullable = true, example = "EUR", pattern = "^[A-Z]{3}$",
                description = "ISO 4217 code in upper case; the user's base currency when absent")
        String currency,
        @Schema(required = true, example = "2025-02-21",
                description = "At most one day after today in the user's time zone, and on or after 1900-01-01")
        LocalDate date,
        @Schema(required = true, description = "One of the user's categories (archived ones included)")
        UUID categoryId,
        @Schema(nullable = true, description = "One of the user's payment methods")
        UUID paymentMethodId,
        @Schema(nullable = true, maxLength = ExpenseRules.MAX_DESCRIPTION, example = "Lunch with the team")
        String description,
        @Schema(nullable = true, maxLength = ExpenseRules.MAX_MERCHANT, example = "Chez Marcel")
        String merchant,
        @Schema(nullable = true, maxLength = ExpenseRules.MAX_NOTES)
        String notes,
        @Schema(nullable = true, maxItems = ExpenseRules.MAX_TAGS, example = "[\"work\", \"team\"]",
                description = "At most 20 distinct tags of 1 to 40 characters each")
        List<String> tags) {

    ExpenseDraft draft(String defaultCurrency) {
        return new ExpenseDraft(amount, currency == null ? defaultCurrency : currency, date, categoryId,
                paymentMethodId, description, merchant, notes, tags);
    }
}
