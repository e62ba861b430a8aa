package dev.coffer.analytics;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

@RegisterForReflection
@Schema(description = "The user's predicted spending in the next calendar months, in their base currency, overall and"
        + " per category, from the complete months of their history. Amounts are decimal strings at the currency's"
        + " minor units (the statistics compute in binary floating point, the answer is rounded half to even);"
        + " no amount is below 0.")
public record ForecastResponse(
        @Schema(example = "USD", description = "The user's base currency, in which every amount is") String currency,
        @Schema(example = "3", description = "How many months are forecast, the one after the current month first")
        int months,
        @Schema(example = "holt_winters_damped_additive", enumeration = {"holt_winters_damped_additive",
                "seasonal_naive", "simple_exponential_smoothing"},
                description = "The method, chosen by the number of history months: Holt-Winters with a damped"
                        + " trend and period 12 from 28, seasonal naive from 16, simple exponential smoothing below")
        String method,
        @Schema(type = SchemaType.STRING, format = "decimal", example = "12.34", nullable = true,
                description = "Mean absolute percentage error of the method on the overall history, in percent with"
                        + " 2 decimals, by a rolling-origin backtest over the horizons 1 to months; null when every"
                        + " month it could check had nothing spent")
        String mape,
        @Schema(example = "28", description = "Complete months the forecast learned from: from the first month with"
                + " converted expenses (at most 60 months back) to the month before the current one")
        int historyMonths,
        @Schema(description = "The forecast of all spending, one entry per month, soonest first")
        List<Month> overall,
        @Schema(description = "One entry per category with converted expenses in the history, largest predicted"
                + " total over the months first (then by name)")
        List<Category> byCategory) {

    @Schema(name = "ForecastMonth", description = "The predicted spending of one calendar month with its 80 %"
            + " prediction interval")
    public record Month(
            @Schema(example = "2026-01", pattern = "^[0-9]{4}-[0-9]{2}$", description = "The calendar month, YYYY-MM")
            String month,
            @Schema(type = SchemaType.STRING, format = "decimal", example = "1234.56",
                    description = "The point forecast, at the base currency's minor units") String predicted,
            @Schema(type = SchemaType.STRING, format = "decimal", example = "1010.00",
                    description = "Lower bound of the 80 % prediction interval, never below 0") String lower,
            @Schema(type = SchemaType.STRING, format = "decimal", example = "1459.12",
                    description = "Upper bound of the 80 % prediction interval") String upper) {
    }

    @Schema(name = "ForecastCategory", description = "The forecast of one category's spending")
    public record Category(
            @Schema(example = "0191f5a0-0000-7000-8000-0000000000c1") UUID categoryId,
            @Schema(example = "Food & Dining") String categoryName,
            @Schema(example = "holt_winters_damped_additive", description = "As the overall method: every series"
                    + " spans the same history months") String method,
            @Schema(type = SchemaType.STRING, format = "decimal", example = "18.20", nullable = true,
                    description = "The backtest error of the method on this category's series, as the overall mape")
            String mape,
            @Schema(description = "One entry per month, soonest first") List<Month> forecast) {
    }
}
