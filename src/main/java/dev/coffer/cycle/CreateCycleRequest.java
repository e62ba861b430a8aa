package dev.coffer.cycle;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.CodePointLength;

@Schema(description = "A new pay cycle. Every broken rule is reported at once, each naming its field.")
public record CreateCycleRequest(
        @NotBlank(message = "must not be blank")
        @CodePointLength(max = Cycle.NAME_MAX, message = "must be at most " + Cycle.NAME_MAX + " characters")
        @Schema(maxLength = Cycle.NAME_MAX,
                required = true, description = "Stripped", example = "March pay") String name,
        @Schema(required = true, example = "2025-03-01",
                description = "The first day, from 1900-01-01 to 9999-12-31") LocalDate startDate,
        @Schema(required = true, example = "2025-04-11",
                description = "The last day, included: on or after start_date, at most 366 days in all")
        LocalDate endDate,
        @Schema(required = true, type = SchemaType.STRING, format = "decimal", example = "3200.00",
                description = "The income of the cycle: 0 or more, at most 999999999999.9999, with no more decimals"
                        + " than the currency has. A decimal string; a JSON number is also read exactly.")
        BigDecimal incomeAmount,
        @Schema(nullable = true, pattern = "^[A-Z]{3}$", example = "EUR",
                description = "ISO 4217 code in upper case; the user's base currency when absent") String currency,
        @Schema(nullable = true, enumeration = { "draft", "active", "completed" },
                description = "draft when absent") String status) {
}
