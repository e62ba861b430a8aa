package dev.coffer.recurring;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.coffer.common.web.PatchField;

/** A partial update: absent fields keep their value; {@code end_date} may be set to null. */
@Schema(description = "Partial update: only the fields sent change. A template sent replaces the whole template"
        + " (an absent currency is the base currency). end_date: null removes the end. A changed schedule"
        + " computes next_date again from the latest occurrence created or skipped; setting active back to true"
        + " resumes from today, without the occurrences missed while paused.")
public record UpdateRecurringExpenseRequest(
        @Schema(nullable = true) RecurringTemplate template,
        @Schema(nullable = true, enumeration = { "daily", "weekly", "biweekly", "monthly", "yearly" }, example = "weekly")
        String frequency,
        @Schema(nullable = true, minimum = "1", maximum = "366", example = "2") Integer interval,
        @Schema(nullable = true, example = "2025-02-01") LocalDate startDate,
        @Schema(implementation = LocalDate.class, nullable = true, example = "2025-12-31",
                description = "On or after start_date; null removes the end") PatchField<LocalDate> endDate,
        @Schema(nullable = true) Boolean active) {

    public UpdateRecurringExpenseRequest {
        endDate = endDate == null ? PatchField.absent() : endDate;
    }
}
