package dev.coffer.account;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The balance of an account at the end of a date; replaces the one already recorded for that date")
public record SaveBalanceRequest(
        @NotNull(message = "is required")
        @Schema(required = true, example = "2025-01-31", description = "From 1900-01-01 to 9999-12-31") LocalDate date,
        @NotNull(message = "is required")
        @Schema(required = true, type = SchemaType.STRING, format = "decimal", example = "-250.40",
                description = "May be zero or negative (what is owed on a loan or card); at most 999999999999.9999 either"
                        + " way, with no more decimals than the account's currency has. A decimal string; a JSON number"
                        + " is also read exactly.") BigDecimal balance) {
}
