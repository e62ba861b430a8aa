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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.coffer.common.error.ApiException;

/**
 * Exchange rates (the "Currencies" operations of /q/openapi). Rates are strings with
 * {@value CrossRates#PRESENTED_DIGITS} significant digits; a rate nobody published for the pair and
 * day is a 404 {@code RATE_NOT_AVAILABLE}, never 1.
 */
@Path("/api/v1/exchange-rates")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ "user", "admin" })
@Tag(name = "Currencies")
@SecurityRequirement(name = "jwt")
public class ExchangeRateResource {

    private static final String CODE = "^[A-Z]{3}$";
    private static final String BASE_DOC = "ISO 4217 code the rates are expressed in";
    private static final String SYMBOLS_DOC = "ISO 4217 codes, comma-separated; all known ones when absent";

    private final ExchangeRateService rates;

    ExchangeRateResource(ExchangeRateService rates) {
        this.rates = rates;
    }

    @GET
    @Path("/latest")
    @Operation(operationId = "getLatestExchangeRates", summary = "The latest rates of a base currency",
            description = "Of every known currency, or only of `symbols`.")
    @APIResponse(responseCode = "200", description = "Units of each symbol per one unit of base")
    @APIResponse(responseCode = "404", description = "No rates are known yet, or none for base or a symbol (RATE_NOT_AVAILABLE)")
    @APIResponse(responseCode = "422", description = "base or symbols is not a known currency (VALIDATION_FAILED, with errors[])")
    public ExchangeRatesResponse latest(
            @Parameter(description = BASE_DOC, schema = @Schema(type = SchemaType.STRING, pattern = CODE, defaultValue = "EUR"))
            @QueryParam("base") @DefaultValue("EUR") @CurrencyCode String base,
            @Parameter(description = SYMBOLS_DOC, example = "USD,GBP,JPY")
            @QueryParam("symbols") String symbols) {
        return rates.latest(base, parseSymbols(symbols));
    }

    @GET
    @Path("/history")
    @Operation(operationId = "getExchangeRateHistory", summary = "Daily rates of one currency pair",
            description = "Over at most 366 days, on the days rates were published.")
    @APIResponse(responseCode = "200", description = "Oldest first")
    @APIResponse(responseCode = "404", description = "No rate of the pair was published in the range (RATE_NOT_AVAILABLE)")
    @APIResponse(responseCode = "422", description = "A currency or date is invalid, start_date is after end_date, or the range "
            + "is longer than 366 days (VALIDATION_FAILED, with errors[])")
    public List<RateHistoryPoint> history(
            @Parameter(description = BASE_DOC, schema = @Schema(type = SchemaType.STRING, pattern = CODE, defaultValue = "EUR"))
            @QueryParam("base") @DefaultValue("EUR") @CurrencyCode String base,
            @Parameter(description = "ISO 4217 code of the other currency", schema = @Schema(type = SchemaType.STRING, pattern = CODE), example = "USD")
            @QueryParam("symbol") @NotNull @CurrencyCode String symbol,
            @Parameter(description = "First day, inclusive", schema = @Schema(type = SchemaType.STRING, format = "date", examples = "2025-04-01"))
            @QueryParam("start_date") @NotNull String startDate,
            @Parameter(description = "Last day, inclusive", schema = @Schema(type = SchemaType.STRING, format = "date", examples = "2025-04-30"))
            @QueryParam("end_date") @NotNull String endDate) {
        return rates.history(base, symbol, parseDate("start_date", startDate), parseDate("end_date", endDate));
    }

    @GET
    @Path("/convert")
    @Operation(operationId = "convertAmount", summary = "Converts an amount between currencies",
            description = "At the rate effective on `date`, or the latest. The result is amount x rate(EUR->to) /"
                    + " rate(EUR->from) computed exactly and rounded once, HALF_EVEN, to the minor units of `to` (the"
                    + " rule of expense conversions); `rate` is that ratio at 10 significant digits, for reading.")
    @APIResponse(responseCode = "200", description = "The conversion and the rate it used")
    @APIResponse(responseCode = "404", description = "No rate between the currencies is known on or before the date (RATE_NOT_AVAILABLE)")
    @APIResponse(responseCode = "422", description = "The amount is not above 0 or has more decimals than `from` allows, or a "
            + "currency or the date is invalid (VALIDATION_FAILED, with errors[])")
    public ConversionResponse convert(
            @Parameter(description = "A decimal number greater than 0", example = "25.50",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]+(\\.[0-9]+)?$"))
            @QueryParam("amount") @NotNull String amount,
            @Parameter(description = "ISO 4217 code of the amount", schema = @Schema(type = SchemaType.STRING, pattern = CODE), example = "EUR")
            @QueryParam("from") @NotNull @CurrencyCode String from,
            @Parameter(description = "ISO 4217 code to convert to", schema = @Schema(type = SchemaType.STRING, pattern = CODE), example = "USD")
            @QueryParam("to") @NotNull @CurrencyCode String to,
            @Parameter(description = "The day whose rate applies (the latest published on or before it); the latest rates "
                    + "when absent", schema = @Schema(type = SchemaType.STRING, format = "date", examples = "2025-05-09"))
            @QueryParam("date") String date) {
        return rates.convert(parseAmount(amount), from, to, date == null ? null : parseDate("date", date));
    }

    @GET
    @Path("/{date}")
    @Operation(operationId = "getExchangeRatesOnDate", summary = "The rates effective on a date",
            description = "Those of the latest day published on or before it.")
    @APIResponse(responseCode = "200", description = "Units of each symbol per one unit of base; `date` says which day they are of")
    @APIResponse(responseCode = "404", description = "No rates are known on or before the date, or none for base or a symbol (RATE_NOT_AVAILABLE)")
    @APIResponse(responseCode = "422", description = "base or symbols is not a known currency (VALIDATION_FAILED, with errors[])")
    public ExchangeRatesResponse on(
            @Parameter(description = "YYYY-MM-DD", schema = @Schema(type = SchemaType.STRING, format = "date", examples = "2025-05-09"))
            @PathParam("date") String date,
            @Parameter(description = BASE_DOC, schema = @Schema(type = SchemaType.STRING, pattern = CODE, defaultValue = "EUR"))
            @QueryParam("base") @DefaultValue("EUR") @CurrencyCode String base,
            @Parameter(description = SYMBOLS_DOC, example = "USD,GBP,JPY")
            @QueryParam("symbols") String symbols) {
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
