package dev.coffer.cycle;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.CodePointLength;

/** A partial update: absent (or null) fields keep their value. */
@Schema(description = "Partial update: only the fields sent change; null keeps a field. The result must follow the"
        + " rules of a new cycle: the income is checked against the resulting currency, and new dates must not"
        + " overlap another cycle.")
public record UpdateCycleRequest(
        @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank")
        @CodePointLength(max = Cycle.NAME_MAX, message = "must be at most " + Cycle.NAME_MAX + " characters")
        @Schema(maxLength = Cycle.NAME_MAX, nullable = true, example = "March pay") String name,
        @Schema(nullable = true, example = "2025-03-01") LocalDate startDate,
        @Schema(nullable = true, example = "2025-04-11") LocalDate endDate,
        @Schema(nullable = true, type = SchemaType.STRING, format = "decimal", example = "3300.00") BigDecimal incomeAmount,
        @Schema(nullable = true, pattern = "^[A-Z]{3}$", example = "EUR") String currency,
        @Schema(nullable = true, enumeration = { "draft", "active", "completed" }) String status) {
}
