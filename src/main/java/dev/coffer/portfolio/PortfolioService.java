package dev.coffer.portfolio;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import dev.coffer.common.error.ApiException;
import dev.coffer.common.math.Percentages;
import dev.coffer.currency.CrossRates;
import dev.coffer.currency.ExchangeRateService;
import dev.coffer.currency.Money;
import dev.coffer.currency.RateSnapshot;
import dev.coffer.holding.HoldingResponse;
import dev.coffer.market.SecurityService;
import dev.coffer.user.User;

/**
 * Values a user's holdings in their base currency (docs/portfolio.md). The price of a holding is the
 * latest stored close on or before the date; the rates are the pivot snapshot of the date
 * ({@link ExchangeRateService#snapshotOn}); amounts are converted with {@link CrossRates#convert}, the exact
 * ratio of the published euro rates rounded once. A holding lacking a price or a rate is listed with null
 * figures and counted, never valued at 0 or converted 1:1.
 */
@ApplicationScoped
public class PortfolioService {

    /** The longest performance series, in days. */
    static final int MAX_SERIES_DAYS = 366;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final PortfolioRows rows;
    private final ExchangeRateService exchangeRates;
    private final SecurityService securities;

    PortfolioService(PortfolioRows rows, ExchangeRateService exchangeRates, SecurityService securities) {
        this.rows = rows;
        this.exchangeRates = exchangeRates;
        this.securities = securities;
    }

    PortfolioResponse valuation(UUID userId, LocalDate requested) {
        User user = User.findById(userId);
        String base = user.baseCurrency;
        int scale = Money.scaleFor(base);
        LocalDate date = requested == null ? today(user) : requested;
        Optional<RateSnapshot> snapshot = exchangeRates.snapshotOn(date);
        List<PortfolioResponse.Holding> holdings = new ArrayList<>();
        List<Valued> valued = new ArrayList<>();
        List<PortfolioRows.HoldingRow> held = rows.holdings(userId, date);
        if (!date.isBefore(today(user))) {
            securities.refreshIfStale(held.stream().filter(row -> row.priceFetchedAt() != null)
                    .map(row -> new SecurityService.PriceAtHand(row.symbol(), row.priceFetchedAt())).toList());
        }
        for (PortfolioRows.HoldingRow row : held) {
            Optional<BigDecimal> marketValue = Optional.ofNullable(row.close()).map(row.quantity()::multiply);
            Optional<BigDecimal> marketValueBase = marketValue
                    .flatMap(value -> convert(snapshot, value, row.currency(), base, scale));
            Optional<BigDecimal> costBase = convert(snapshot, row.costBasis(), row.costCurrency(), base, scale);
            Optional<BigDecimal> rate = rate(snapshot, row.currency(), base);
            BigDecimal gain = marketValueBase.isPresent() && costBase.isPresent()
                    ? marketValueBase.get().subtract(costBase.get())
                    : null;
            holdings.add(new PortfolioResponse.Holding(row.id(), row.accountId(),
                    new PortfolioResponse.PortfolioSecurity(row.securityId(), row.symbol(), row.name(), row.type(),
                            row.currency()),
                    HoldingResponse.plain(row.quantity()), row.close() == null ? null : HoldingResponse.plain(row.close()), row.priceDate(),
                    row.priceSource(), marketValue.map(value -> Money.round(value, row.currency()).toPlainString()).orElse(null),
                    rate.map(BigDecimal::toPlainString).orElse(null), rate.map(found -> rateDate(snapshot, row.currency(),
                            base, date)).orElse(null),
                    text(marketValueBase), text(costBase), gain == null ? null : gain.toPlainString(),
                    gain == null ? null : percentage(gain, costBase.get())));
            if (gain != null) {
                valued.add(new Valued(row, marketValueBase.get(), costBase.get()));
            }
        }
        BigDecimal marketValue = sum(valued, Valued::marketValue, scale);
        BigDecimal cost = sum(valued, Valued::cost, scale);
        BigDecimal gain = marketValue.subtract(cost);
        PortfolioResponse.Totals totals = new PortfolioResponse.Totals(marketValue.toPlainString(), cost.toPlainString(),
                gain.toPlainString(), percentage(gain, cost));
        PortfolioResponse.Allocation allocation = new PortfolioResponse.Allocation(
                shares(valued, row -> row.type(), row -> null),
                shares(valued, row -> row.currency(), row -> null),
                shares(valued, row -> row.accountId().toString(), row -> row.accountName()));
        return new PortfolioResponse(date, base, holdings, totals, holdings.size() - valued.size(), allocation);
    }

    PerformanceResponse performance(UUID userId, LocalDate requestedStart, LocalDate requestedEnd) {
        User user = User.findById(userId);
        LocalDate end = requestedEnd == null ? today(user) : requestedEnd;
        LocalDate start = requestedStart == null ? end.minusDays(29) : requestedStart;
        if (start.isAfter(end)) {
            throw ApiException.invalidField(requestedEnd == null ? "start_date" : "end_date",
                    requestedEnd == null ? "must not be after today" : "must not be before start_date");
        }
        if (ChronoUnit.DAYS.between(start, end) >= MAX_SERIES_DAYS) {
            throw ApiException.invalidField("end_date", "the range may span at most " + MAX_SERIES_DAYS + " days");
        }
        String base = user.baseCurrency;
        int scale = Money.scaleFor(base);
        List<PerformanceResponse.Point> points = rows.series(userId, base, scale, start, end).stream()
                .map(day -> new PerformanceResponse.Point(day.day(), value(day, scale), day.holdings() - day.valued()))
                .toList();
        return new PerformanceResponse(base, start, end, points);
    }

    /** A holding in the totals: it has a market value and a cost in the base currency. */
    private record Valued(PortfolioRows.HoldingRow row, BigDecimal marketValue, BigDecimal cost) {
    }

    private static String value(PortfolioRows.DayRow day, int scale) {
        if (day.holdings() == 0) {
            return BigDecimal.ZERO.setScale(scale).toPlainString();
        }
        return day.value() == null ? null : day.value().setScale(scale, RoundingMode.UNNECESSARY).toPlainString();
    }

    /**
     * {@code amount} of {@code from} in {@code to}, by {@link CrossRates#convert}; in the currency itself
     * it needs no rate at all. Empty without rates for either currency.
     */
    private static Optional<BigDecimal> convert(Optional<RateSnapshot> snapshot, BigDecimal amount, String from,
            String to, int scale) {
        if (from.equals(to)) {
            return Optional.of(amount.setScale(scale, RoundingMode.HALF_EVEN));
        }
        return snapshot.flatMap(rates -> CrossRates.convert(rates, amount, from, to, scale));
    }

    private static Optional<BigDecimal> rate(Optional<RateSnapshot> snapshot, String from, String to) {
        if (from.equals(to)) {
            return Optional.of(BigDecimal.ONE);
        }
        return snapshot.flatMap(rates -> CrossRates.rate(rates, from, to));
    }

    private static LocalDate rateDate(Optional<RateSnapshot> snapshot, String from, String to, LocalDate date) {
        return from.equals(to) ? date : snapshot.orElseThrow().date();
    }

    /** The parts' market values by group, largest first (ties by key), with percentages adding up to 100.00. */
    private static List<PortfolioResponse.Share> shares(List<Valued> valued, Function<PortfolioRows.HoldingRow, String> key,
            Function<PortfolioRows.HoldingRow, String> name) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (Valued holding : valued) {
            values.merge(key.apply(holding.row()), holding.marketValue(), BigDecimal::add);
            names.putIfAbsent(key.apply(holding.row()), name.apply(holding.row()));
        }
        List<Map.Entry<String, BigDecimal>> ordered = values.entrySet().stream()
                .sorted(Map.Entry.<String, BigDecimal>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .toList();
        if (ordered.stream().map(Map.Entry::getValue).reduce(BigDecimal.ZERO, BigDecimal::add).signum() <= 0) {
            return List.of();
        }
        List<String> percentages = Percentages.of(ordered.stream().map(Map.Entry::getValue).toList());
        List<PortfolioResponse.Share> shares = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            String group = ordered.get(i).getKey();
            shares.add(new PortfolioResponse.Share(group, names.get(group), ordered.get(i).getValue().toPlainString(),
                    percentages.get(i)));
        }
        return shares;
    }

    private static BigDecimal sum(List<Valued> valued, Function<Valued, BigDecimal> figure, int scale) {
        return valued.stream().map(figure).reduce(BigDecimal.ZERO.setScale(scale), BigDecimal::add);
    }

    /** {@code gain} as a percentage of {@code cost}, 2 decimals half to even; null for a cost of 0. */
    private static String percentage(BigDecimal gain, BigDecimal cost) {
        return cost.signum() == 0 ? null : gain.multiply(HUNDRED).divide(cost, 2, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String text(Optional<BigDecimal> amount) {
        return amount.map(BigDecimal::toPlainString).orElse(null);
    }

    /** Today where the user lives, as expenses and budgets count it; UTC when the stored zone is unusable. */
    private static LocalDate today(User user) {
        ZoneId zone;
        try {
            zone = ZoneId.of(user.timezone);
        } catch (DateTimeException | NullPointerException e) {
            zone = ZoneOffset.UTC;
        }
        return LocalDate.now(zone);
    }
}
