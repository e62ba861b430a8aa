package dev.coffer.holding;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.coffer.currency.CurrencyCode;

@Schema(description = "A new holding: a quantity of a registered security in the account, and its total cost")
public record CreateHoldingRequest(
        @NotNull(message = "is required")
        @Schema(required = true, description = "A registered security (POST /api/v1/securities registers one); an"
                + " unknown id is a 422 naming security_id") UUID securityId,
        @NotNull(message = "is required")
        @Schema(required = true, type = SchemaType.STRING, format = "decimal", example = "12.5",
                description = "Greater than 0, at most 999999999999.99999999, with up to 8 decimals. A decimal string;"
                        + " a JSON number is also read exactly.") BigDecimal quantity,
        @NotNull(message = "is required")
        @Schema(required = true, type = SchemaType.STRING, format = "decimal", example = "1875.40",
                description = "What the whole quantity cost in total (not per unit), in cost_currency: 0 or more, at"
                        + " most 999999999999.9999, with no more decimals than cost_currency has") BigDecimal costBasis,
        @CurrencyCode
        @Schema(nullable = true, pattern = "^[A-Z]{3}$", example = "USD",
                description = "ISO 4217 code of cost_basis; the security's currency when absent") String costCurrency) {
}
