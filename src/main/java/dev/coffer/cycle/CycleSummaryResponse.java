package dev.coffer.cycle;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** Where a cycle stands, every amount in the cycle's currency. */
@RegisterForReflection
@Schema(description = "Income, spending and expectations of a cycle, every amount a decimal string in the cycle's"
        + " currency. Each total is exactly the sum of its by_category column.")
public record CycleSummaryResponse(
        UUID cycleId,
        @Schema(example = "EUR") String currency,
        @Schema(example = "2025-03-01") LocalDate startDate,
        @Schema(example = "2025-04-11") LocalDate endDate,
        @Schema(type = SchemaType.STRING, format = "decimal", example = "3200.00") String income,
        @Schema(type = SchemaType.STRING, format = "decimal", example = "1240.50",
                description = "The user's expenses dated in the cycle, each converted at the rate of its date")
        String spent,
        @Schema(type = SchemaType.STRING, format = "decimal", example = "1959.50",
                description = "income - spent; negative when overspent") String remaining,
        @Schema(type = SchemaType.STRING, format = "decimal", example = "1100.00",
                description = "The cycle's expected items, each converted at the rate of its date") String expectedTotal,
        @Schema(description = "One row per category with expected items or expenses, by category name")
        List<CategoryLine> byCategory,
        @Schema(description = "Expenses and expected items left out of the amounts because no rate to the cycle's"
                + " currency is known for their date", example = "0") long unconvertedCount) {

    @RegisterForReflection
    @Schema(name = "CycleCategoryLine", description = "Expected and actual spending of one category in the cycle")
    public record CategoryLine(
            UUID categoryId,
            @Schema(nullable = true, example = "Housing",
                    description = "Null when the category of an expected item has since been deleted")
            String categoryName,
            @Schema(type = SchemaType.STRING, format = "decimal", example = "950.00") String expected,
            @Schema(type = SchemaType.STRING, format = "decimal", example = "950.00") String actual,
            @Schema(type = SchemaType.STRING, format = "decimal", example = "0.00",
                    description = "expected - actual: positive when less was spent than expected") String difference) {
    }
}
