package dev.coffer.market;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

@RegisterForReflection
@Schema(description = "A security's daily prices in a date range, oldest first; days without trading have no entry")
public record PriceHistoryResponse(
        @Schema(example = "AAPL") String symbol,
        @Schema(example = "USD") String currency,
        @Schema(example = "2020-08-31") LocalDate startDate,
        @Schema(example = "2020-11-06") LocalDate endDate,
        List<DailyPriceResponse> prices) {
}
