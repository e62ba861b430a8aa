package dev.coffer.holding;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.coffer.currency.CurrencyCode;

/** A partial update: absent (or null) fields keep their value. The security never changes: another one is another holding. */
@Schema(description = "Partial update: only the fields sent change. The security cannot change; delete the holding and"
        + " create one for the other security instead.")
public record UpdateHoldingRequest(
        @Schema(nullable = true, type = SchemaType.STRING, format = "decimal", example = "15",
                description = "Greater than 0, at most 999999999999.99999999, with up to 8 decimals") BigDecimal quantity,
        @Schema(nullable = true, type = SchemaType.STRING, format = "decimal", example = "2250.00",
                description = "The new total cost of the whole quantity, in cost_currency (the new one when it changes"
                        + " too)") BigDecimal costBasis,
        @CurrencyCode
        @Schema(nullable = true, pattern = "^[A-Z]{3}$", example = "EUR",
                description = "The currency of cost_basis; the stored cost_basis must fit its minor units unless"
                        + " cost_basis is sent too") String costCurrency) {
}
