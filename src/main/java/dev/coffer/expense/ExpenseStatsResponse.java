package dev.coffer.expense;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Statistics of the converted amounts of the user's expenses in a period, in their base"
        + " currency. Each figure is computed exactly and rounded once, half to even, to the base currency's"
        + " minor units. Expenses not yet converted are left out and counted in unconverted_count.")
public record ExpenseStatsResponse(
        @Schema(example = "USD", description = "The user's base currency") String currency,
        @Schema(example = "2025-02-01") LocalDate startDate,
        @Schema(example = "2025-02-28", description = "Inclusive") LocalDate endDate,
        @Schema(example = "42", description = "Number of converted expenses") long count,
        @Schema(example = "0", description = "Number of expenses in the period without a conversion yet")
        long unconvertedCount,
        @Schema(type = SchemaType.STRING, format = "decimal", example = "1234.56",
                description = "Sum of the converted amounts; \"0.00\" (scaled) when count is 0")
        String total,
        @Schema(type = SchemaType.STRING, format = "decimal", example = "29.39", nullable = true,
                description = "total / count; null when count is 0")
        String mean,
        @Schema(type = SchemaType.STRING, format = "decimal", example = "18.25", nullable = true,
                description = "The middle amount, or the mean of the two middle amounts when count is even; null"
                        + " when count is 0")
        String median,
        @Schema(type = SchemaType.STRING, format = "decimal", example = "2.40", nullable = true,
                description = "Smallest amount; null when count is 0")
        String min,
        @Schema(type = SchemaType.STRING, format = "decimal", example = "310.00", nullable = true,
                description = "Largest amount; null when count is 0")
        String max,
        @Schema(type = SchemaType.STRING, format = "decimal", example = "47.12", nullable = true,
                description = "Sample standard deviation (divides by count - 1); null when count is below 2")
        String stdDev) {
}
