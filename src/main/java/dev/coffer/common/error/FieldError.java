package dev.coffer.common.error;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid input field of a 422 answer; {@code field} uses the snake_case name clients sent. */
@Schema(name = "FieldError", description = "One invalid input field", requiredProperties = { "field", "message" })
public record FieldError(
        @Schema(description = "The snake_case name of the field as sent; `body` for the body as a whole",
                examples = "base_currency") String field,
        @Schema(description = "What is wrong with it", examples = "must be an ISO 4217 currency code such as USD") String message) {
}
