package dev.coffer.portfolio;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The valuation of a user's holdings on a date, in their base currency. */
@RegisterForReflection
@Schema(description = "The user's holdings valued on a date in the base currency, with the price and rate behind every"
        + " figure")
public record PortfolioResponse(
        @Schema(example = "2025-03-14", description = "The valuation date") LocalDate date,
        @Schema(example = "EUR") String baseCurrency,
        List<Holding> holdings,
        Totals totals,
        @Schema(description = "Holdings without a price on or before the date, or without a rate for their security's"
                + " or cost currency: listed with null figures, left out of totals and allocation", example = "0")
        int unpricedCount,
        Allocation allocation) {

    @RegisterForReflection
    @Schema(name = "PortfolioHolding", description = "One holding valued on the date; the figures that cannot be"
            + " computed (no price, no rate) are null, never 0 or a 1:1 rate")
    public record Holding(
            UUID holdingId,
            UUID accountId,
            PortfolioSecurity security,
            @Schema(type = SchemaType.STRING, format = "decimal", example = "12.5") String quantity,
            @Schema(nullable = true, type = SchemaType.STRING, format = "decimal", example = "118.69000244140625",
                    description = "The close of price_date exactly as stored, in the security's currency")
            String price,
            @Schema(nullable = true, description = "The latest day with a close on or before the valuation date")
            LocalDate priceDate,
            @Schema(nullable = true, example = "yahoo", description = "The provider of that close") String priceSource,
            @Schema(nullable = true, type = SchemaType.STRING, format = "decimal", example = "1483.63",
                    description = "quantity × price in the security's currency, at its minor units") String marketValue,
            @Schema(nullable = true, type = SchemaType.STRING, format = "decimal", example = "0.9174311927",
                    description = "Units of the base currency per unit of the security's currency (10 significant"
                            + " digits, for reading; the figures use the exact ratio of the published euro rates)")
            String rate,
            @Schema(nullable = true, description = "The day of the exchange rates used (the valuation date when the"
                    + " security is quoted in the base currency)") LocalDate rateDate,
            @Schema(nullable = true, type = SchemaType.STRING, format = "decimal", example = "1361.13",
                    description = "quantity × price × rate in the base currency, rounded once to its minor units")
            String marketValueBase,
            @Schema(nullable = true, type = SchemaType.STRING, format = "decimal", example = "1200.00",
                    description = "The holding's total cost converted into the base currency at the valuation date's"
                            + " rates, rounded once") String costBasis,
            @Schema(nullable = true, type = SchemaType.STRING, format = "decimal", example = "161.13",
                    description = "market_value_base − cost_basis") String unrealizedGain,
            @Schema(nullable = true, type = SchemaType.STRING, format = "decimal", example = "13.43",
                    description = "unrealized_gain / cost_basis × 100, 2 decimals (half to even); null when the cost"
                            + " basis is 0") String unrealizedGainPercentage) {
    }

    @RegisterForReflection
    @Schema(description = "The security of a holding")
    public record PortfolioSecurity(
            UUID id,
            @Schema(example = "AAPL") String symbol,
            @Schema(example = "Apple Inc.") String name,
            @Schema(enumeration = { "equity", "etf", "fund", "crypto", "bond", "other" }, example = "equity") String type,
            @Schema(example = "USD") String currency) {
    }

    @RegisterForReflection
    @Schema(name = "PortfolioTotals", description = "Sums over the holdings valued (those with every figure), in the"
            + " base currency")
    public record Totals(
            @Schema(type = SchemaType.STRING, format = "decimal", example = "2361.13") String marketValue,
            @Schema(type = SchemaType.STRING, format = "decimal", example = "2200.00") String costBasis,
            @Schema(type = SchemaType.STRING, format = "decimal", example = "161.13") String unrealizedGain,
            @Schema(nullable = true, type = SchemaType.STRING, format = "decimal", example = "7.32",
                    description = "null when the cost basis is 0") String unrealizedGainPercentage) {
    }

    @RegisterForReflection
    @Schema(name = "PortfolioAllocation", description = "The market value in the base currency split three ways; each"
            + " list is largest first and its percentages add up to exactly 100.00 (empty when nothing is valued)")
    public record Allocation(List<Share> byType, List<Share> byCurrency, List<Share> byAccount) {
    }

    @RegisterForReflection
    @Schema(name = "PortfolioShare", description = "One part of the allocation")
    public record Share(
            @Schema(example = "equity", description = "The security type, the security's currency or the account id")
            String key,
            @Schema(nullable = true, example = "Brokerage", description = "The account's name; null for types and"
                    + " currencies") String name,
            @Schema(type = SchemaType.STRING, format = "decimal", example = "1361.13") String value,
            @Schema(type = SchemaType.STRING, format = "decimal", example = "57.65") String percentage) {
    }
}
