package dev.coffer.expense;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The user's spending in a period, in their base currency, from the stored conversions of"
        + " the expenses: by category and day by day. Every total is exact: by_category totals and by_day totals"
        + " each add up to total. Expenses not yet converted (no rate known for their date) are left out of"
        + " every total and count and counted in unconverted_count instead.")
public record ExpenseSummaryResponse(
        @Schema(example = "USD", description = "The user's base currency, in which every amount is") String currency,
        @Schema(example = "2025-02-01", description = "First day of the period") LocalDate startDate,
        @Schema(example = "2025-02-28", description = "Last day of the period, inclusive") LocalDate endDate,
        @Schema(type = SchemaType.STRING, format = "decimal", example = "1234.56",
                description = "Sum of the converted amounts, at the base currency's minor units; \"0.00\" (scaled)"
                        + " for a period without converted expenses")
        String total,
        @Schema(example = "42", description = "Number of converted expenses in the period") long count,
        @Schema(example = "0", description = "Number of expenses in the period without a conversion yet (no rate"
                + " known for their date); not in any total or count, never counted 1:1")
        long unconvertedCount,
        @Schema(type = SchemaType.STRING, format = "decimal", example = "44.09",
                description = "total / number of days of the period (zero days included), rounded half to even to"
                        + " the base currency's minor units")
        String averagePerDay,
        @Schema(description = "One entry per category with converted expenses in the period, largest total"
                + " first (then by name); empty for a period without converted expenses")
        List<CategoryTotal> byCategory,
        @Schema(description = "Every day of the period in order, days without expenses included with total"
                + " \"0.00\" and count 0")
        List<DayTotal> byDay) {

    @Schema(name = "SummaryCategoryTotal", description = "The converted expenses of one category in the period")
    public record CategoryTotal(
            @Schema(example = "0191f5a0-0000-7000-8000-0000000000c1") UUID categoryId,
            @Schema(example = "Food & Dining") String name,
            @Schema(type = SchemaType.STRING, format = "decimal", example = "456.78") String total,
            @Schema(example = "17") long count,
            @Schema(type = SchemaType.STRING, format = "decimal", example = "37.00", nullable = true,
                    description = "Share of total in percent with 2 decimals; the percentages add up to exactly"
                            + " \"100.00\" (largest-remainder rounding, ties to the larger total, then the name,"
                            + " then the id). null only when total is 0 while there are expenses (every converted"
                            + " amount rounded to 0)")
            String percentage) {
    }

    @Schema(name = "SummaryDayTotal", description = "The converted expenses of one day")
    public record DayTotal(
            @Schema(example = "2025-02-21") LocalDate date,
            @Schema(type = SchemaType.STRING, format = "decimal", example = "25.50") String total,
            @Schema(example = "2") long count) {
    }
}
