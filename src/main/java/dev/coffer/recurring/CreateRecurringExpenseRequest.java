package dev.coffer.recurring;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new recurring expense. Every broken rule is reported at once, each naming its field"
        + " (template fields as template.amount, template.category_id, ...).")
public record CreateRecurringExpenseRequest(
        @NotNull(message = "is required") RecurringTemplate template,
        @NotNull(message = "is required")
        @Schema(required = true, enumeration = { "daily", "weekly", "biweekly", "monthly", "yearly" }, example = "monthly")
        String frequency,
        @Schema(nullable = true, minimum = "1", maximum = "366", example = "1",
                description = "Every how many periods (days, weeks, two weeks, months, years); 1 when absent")
        Integer interval,
        @NotNull(message = "is required")
        @Schema(required = true, example = "2025-01-31",
                description = "The first occurrence, and the anchor of every later one: a monthly expense anchored on"
                        + " the 31st falls on the last day of shorter months. From 1900-01-01 to 9999-12-31.")
        LocalDate startDate,
        @Schema(nullable = true, example = "2025-12-31", description = "No occurrence after it; on or after start_date")
        LocalDate endDate,
        @Schema(nullable = true, description = "Whether occurrences are created; true when absent") Boolean active) {
}
