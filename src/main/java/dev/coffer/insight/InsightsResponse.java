package dev.coffer.insight;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

@RegisterForReflection
@Schema(description = "Plain-language findings about the user's spending on a date, each with the figures behind it"
        + " (docs/insights.md)")
public record InsightsResponse(
        @Schema(example = "2025-03-20", description = "The date the findings are for") LocalDate date,
        @Schema(example = "USD", description = "The user's base currency: the currency of every amount of"
                + " category_spike and unusual_expense") String currency,
        @Schema(example = "0", description = "Expenses dated in the 12 months up to date (date included) without a"
                + " conversion into the base currency yet; left out of category_spike and unusual_expense")
        long unconvertedCount,
        @Schema(description = "The findings: category_spike first, then budget_projected_overrun,"
                + " recurring_amount_changed and unusual_expense; empty when nothing stands out")
        List<Insight> items) {
}
