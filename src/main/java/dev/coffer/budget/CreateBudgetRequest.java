package dev.coffer.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.CodePointLength;

@Schema(description = "A new budget. Every broken rule is reported at once, each naming its field.")
public record CreateBudgetRequest(
        @NotBlank(message = "must not be blank")
        @CodePointLength(max = Budget.NAME_MAX, message = "must be at most " + Budget.NAME_MAX + " characters")
        @Schema(maxLength = Budget.NAME_MAX,
                required = true, description = "Stripped", example = "Groceries") String name,
        @Schema(nullable = true, description = "One of the user's categories; its subcategories count too. Absent or"
                + " null: all spending") UUID categoryId,
        @Schema(required = true, type = SchemaType.STRING, format = "decimal", example = "400.00",
                description = "The limit per period: greater than 0, at most 999999999999.9999, with no more decimals"
                        + " than the currency has. A decimal string; a JSON number is also read exactly.")
        BigDecimal amount,
        @Schema(nullable = true, pattern = "^[A-Z]{3}$", example = "EUR",
                description = "ISO 4217 code in upper case; the user's base currency when absent") String currency,
        @Schema(required = true, enumeration = { "weekly", "monthly", "quarterly", "yearly" }, example = "monthly")
        String period,
        @Schema(required = true, example = "2025-01-01",
                description = "The first day of the first period, from 1900-01-01 to 9999-12-31") LocalDate startDate,
        @Schema(nullable = true, description = "Carry what is left (or overspent) over to the next periods; false"
                + " when absent") Boolean rollover,
        @Schema(nullable = true, maxItems = BudgetRules.MAX_THRESHOLDS, example = "[80, 100]",
                description = "Up to 10 distinct whole percentages from 1 to 1000, stored in ascending order;"
                        + " [80, 100] when absent, [] for no notifications") List<Integer> alertThresholds,
        @Schema(nullable = true, description = "true when absent") Boolean active) {
}
