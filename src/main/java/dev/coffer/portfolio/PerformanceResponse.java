package dev.coffer.portfolio;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The daily value of the user's current holdings over a range of dates. */
@RegisterForReflection
@Schema(description = "The value the user's current holdings had on each day of the range, in the base currency")
public record PerformanceResponse(
        @Schema(example = "EUR") String baseCurrency,
        @Schema(example = "2025-03-01") LocalDate startDate,
        @Schema(example = "2025-03-31") LocalDate endDate,
        @Schema(description = "One point per calendar day, oldest first") List<Point> values) {

    @RegisterForReflection
    @Schema(name = "PerformancePoint", description = "The portfolio's value on one day")
    public record Point(
            LocalDate date,
            @Schema(nullable = true, type = SchemaType.STRING, format = "decimal", example = "2361.13",
                    description = "The sum of the holdings valued that day (latest close and rates on or before it);"
                            + " 0 without holdings, null when no holding has a price and rate yet") String value,
            @Schema(description = "Holdings without a close or rate on or before that day, not in value", example = "0")
            long unpricedCount) {
    }
}
