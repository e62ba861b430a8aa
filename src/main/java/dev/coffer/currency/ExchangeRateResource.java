package dev.coffer.currency;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import dev.coffer.common.error.ApiException;

/**
 * Exchange rates (api.md §10). Rates are strings with {@value CrossRates#PRESENTED_DIGITS}
 * significant digits; a rate nobody published for the pair and day is a 404
 * {@code RATE_NOT_AVAILABLE}, never 1.
 */
@Path("/api/v1/exchange-rates")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ "user", "admin" })
public class ExchangeRateResource {

    private final ExchangeRateService rates;

    ExchangeRateResource(ExchangeRateService rates) {
        this.rates = rates;
    }

    @GET
    @Path("/latest")
    @Operation(summary = "The latest rates of a base currency (default EUR), optionally only for some symbols")
    public ExchangeRatesResponse latest(@QueryParam("base") @DefaultValue("EUR") @CurrencyCode String base,
            @QueryParam("symbols") String symbols) {
        return rates.latest(base, parseSymbols(symbols));
    }

    @GET
    @Path("/history")
    @Operation(summary = "Daily rates of one pair over at most 366 days, on the days rates were published")
    public List<RateHistoryPoint> history(@QueryParam("base") @DefaultValue("EUR") @CurrencyCode String base,
            @QueryParam("symbol") @NotNull @CurrencyCode String symbol,
            @QueryParam("start_date") @NotNull String startDate, @QueryParam("end_date") @NotNull String endDate) {
        return rates.history(base, symbol, parseDate("start_date", startDate), parseDate("end_date", endDate));
    }

    @GET
    @Path("/convert")
    @Operation(summary = "Converts an amount at the rate effective on a date (default: the latest), rounded HALF_EVEN")
    public ConversionResponse convert(@QueryParam("amount") @NotNull String amount,
            @QueryParam("from") @NotNull @CurrencyCode String from, @QueryParam("to") @NotNull @CurrencyCode String to,
            @QueryParam("date") String date) {
        return rates.convert(parseAmount(amount), from, to, date == null ? null : parseDate("date", date));
    }

    @GET
    @Path("/{date}")
    @Operation(summary = "The rates effective on a date: those of the latest day published on or before it")
    public ExchangeRatesResponse on(@PathParam("date") String date,
            @QueryParam("base") @DefaultValue("EUR") @CurrencyCode String base, @QueryParam("symbols") String symbols) {
        return rates.on(parseDate("date", date), base, parseSymbols(symbols));
    }

    static List<String> parseSymbols(String symbols) {
        if (symbols == null || symbols.isBlank()) {
            return List.of();
        }
        List<String> codes = Arrays.stream(symbols.split(",")).map(String::trim).distinct().toList();
        List<String> unknown = codes.stream().filter(code -> !CurrencyCatalog.isKnown(code)).toList();
        if (!unknown.isEmpty()) {
            throw ApiException.invalidField("symbols",
                    unknown.size() + " unknown currency code(s); use ISO 4217 codes in upper case, comma-separated");
        }
        return codes;
    }

    static LocalDate parseDate(String field, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.invalidField(field, "must be a date as YYYY-MM-DD");
        }
    }

    static BigDecimal parseAmount(String value) {
        if (value.length() > 40) {
            throw ApiException.invalidField("amount", "must be a decimal number such as 25.50");
        }
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            throw ApiException.invalidField("amount", "must be a decimal number such as 25.50");
        }
    }
}
