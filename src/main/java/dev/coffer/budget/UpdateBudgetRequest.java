package dev.coffer.budget;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.CodePointLength;

import dev.coffer.common.web.PatchField;

/** A partial update: absent fields keep their value; {@code category_id} may be set to null. */
@Schema(description = "Partial update: only the fields sent change. category_id: null makes the budget cover all"
        + " spending; null for the other fields keeps them. The amount is checked against the resulting currency.")
public record UpdateBudgetRequest(
        @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank")
        @CodePointLength(max = Budget.NAME_MAX, message = "must be at most " + Budget.NAME_MAX + " characters")
        @Schema(maxLength = Budget.NAME_MAX, nullable = true, example = "Groceries") String name,
        @Schema(implementation = UUID.class, nullable = true,
                description = "One of the user's categories; null for all spending") PatchField<UUID> categoryId,
        @Schema(nullable = true, type = SchemaType.STRING, format = "decimal", example = "450.00") BigDecimal amount,
        @Schema(nullable = true, pattern = "^[A-Z]{3}$", example = "EUR") String currency,
        @Schema(nullable = true, enumeration = { "weekly", "monthly", "quarterly", "yearly" }) String period,
        @Schema(nullable = true, example = "2025-01-01") LocalDate startDate,
        @Schema(nullable = true) Boolean rollover,
        @Schema(nullable = true, maxItems = BudgetRules.MAX_THRESHOLDS, example = "[50, 80, 100]") List<Integer> alertThresholds,
        @Schema(nullable = true) Boolean active) {

    public UpdateBudgetRequest {
        categoryId = categoryId == null ? PatchField.absent() : categoryId;
    }
}
