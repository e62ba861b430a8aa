package dev.coffer.common.error;

/** One invalid input field of a 422 answer; {@code field} uses the snake_case name clients sent. */
public record FieldError(String field, String message) {
}
