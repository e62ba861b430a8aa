package dev.coffer.analytics;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

@RegisterForReflection
@Schema(description = "The user's spending in one calendar month, in their base currency, from the stored"
        + " conversions of the expenses. Expenses not yet converted (no rate known for their date) are left out of"
        + " every total and count and counted in unconverted_count instead.")
public record MonthlyAnalyticsResponse(
        @Schema(example = "2025") int year,
        @Schema(example = "2", description = "1 to 12") int month,
        @Schema(example = "USD", description = "The user's base currency, in which every amount is") String currency,
        @Schema(type = SchemaType.STRING, format = "decimal", example = "1234.56",
                description = "Sum of the converted amounts of the month, at the base currency's minor units;"
                        + " \"0.00\" (scaled) for a month without converted expenses")
        String totalExpenses,
        @Schema(example = "42", description = "Number of converted expenses in the month") long expenseCount,
        @Schema(example = "0", description = "Number of expenses in the month without a conversion yet; in no"
                + " other figure")
        long unconvertedCount,
        @Schema(description = "One entry per category with converted expenses in the month, largest total first"
                + " (then by name); empty for a month without converted expenses")
        List<CategoryShare> categoryBreakdown,
        @Schema(description = "Every day of the month in order, days without expenses with total \"0.00\"")
        List<DayTotal> daily,
        @Schema(description = "The previous calendar month's total and the change from it")
        Comparison comparedToPreviousMonth) {

    @Schema(name = "AnalyticsCategoryShare", description = "The converted expenses of one category in the month")
    public record CategoryShare(
            @Schema(example = "0191f5a0-0000-7000-8000-0000000000c1") UUID categoryId,
            @Schema(example = "Food & Dining") String categoryName,
            @Schema(type = SchemaType.STRING, format = "decimal", example = "456.78") String total,
            @Schema(example = "17") long count,
            @Schema(type = SchemaType.STRING, format = "decimal", example = "37.00", nullable = true,
                    description = "Share of total_expenses in percent with 2 decimals; the percentages add up to"
                            + " exactly \"100.00\" (largest-remainder rounding). null only when total_expenses is 0"
                            + " while there are expenses (every converted amount rounded to 0)")
            String percentage) {
    }

    @Schema(name = "AnalyticsDayTotal", description = "The converted expenses of one day")
    public record DayTotal(
            @Schema(example = "2025-02-21") LocalDate date,
            @Schema(type = SchemaType.STRING, format = "decimal", example = "25.50") String total) {
    }

    @Schema(name = "AnalyticsComparison", description = "The previous calendar month against this one")
    public record Comparison(
            @Schema(type = SchemaType.STRING, format = "decimal", example = "1100.00",
                    description = "The previous month's total, computed as total_expenses is")
            String total,
            @Schema(type = SchemaType.STRING, format = "decimal", example = "12.23", nullable = true,
                    description = "(total_expenses - total) / total x 100, rounded half to even to 2 decimals;"
                            + " null when the previous month's total is 0")
            String changePercentage) {
    }
}
