package dev.coffer.market;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import dev.coffer.common.error.ApiException;
import dev.coffer.common.web.HeaderDocs;
import dev.coffer.common.web.PageParams;
import dev.coffer.common.web.PageResponse;
import io.quarkus.security.Authenticated;

@Path("/api/v1/securities")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = "jwt")
@Tag(name = "Securities", description = "Equities, ETFs, funds and crypto registered by symbol (shared by every user),"
        + " with daily prices kept current from public providers")
public class SecurityResource {

    private static final String BASE = "/api/v1/securities/";
    private static final String SYMBOL_DOC = "The symbol, in any case (AAPL, WSU.DE, BTC); one not registered is a 404";
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private final SecurityService securities;

    SecurityResource(SecurityService securities) {
        this.securities = securities;
    }

    @GET
    @Operation(operationId = "searchSecurities", summary = "Search registered securities",
            description = "Paged, by symbol: those whose symbol starts with q or whose name contains it, regardless of"
                    + " case; every registered security without q.")
    @APIResponse(responseCode = "200", description = "One page; a page past the end has no items and the real total")
    @APIResponse(responseCode = "422", description = "A malformed or out-of-range parameter (VALIDATION_FAILED naming"
            + " it): page below 1, size over 200")
    public PageResponse<SecurityResponse> search(
            @Parameter(description = "Start of a symbol or part of a name", example = "app") @QueryParam("q") String q,
            @Valid @BeanParam PageParams page) {
        return securities.search(q, page);
    }

    @POST
    @Operation(operationId = "registerSecurity", summary = "Register a security by its symbol",
            description = "Asks the providers of its type whether the symbol exists, stores its name, type, exchange"
                    + " and currency as the provider reports them, and back-fills a year of daily prices; from then"
                    + " on the price sync keeps it current. Registering a registered symbol again changes nothing and"
                    + " answers 200 with it, so a retry is safe without an Idempotency-Key.")
    @APIResponse(responseCode = "201", description = "Registered",
            headers = @Header(name = "Location", description = HeaderDocs.LOCATION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SecurityResponse.class)))
    @APIResponse(responseCode = "200", description = "Already registered: the security as it is",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SecurityResponse.class)))
    @APIResponse(responseCode = "422", description = "Invalid field (VALIDATION_FAILED naming each: symbol, type), or no"
            + " provider of the type knows the symbol (UNKNOWN_SYMBOL)")
    @APIResponse(responseCode = "503", description = "The providers failed (down, rate-limiting, timing out) before one"
            + " could say whether the symbol exists (PRICE_PROVIDER_UNAVAILABLE); try again later")
    public RestResponse<SecurityResponse> register(@Valid @NotNull(message = "is required") RegisterSecurityRequest request) {
        SecurityService.Registration registration = securities.register(request);
        SecurityResponse security = registration.security();
        if (!registration.created()) {
            return RestResponse.ok(security);
        }
        return RestResponse.ResponseBuilder.<SecurityResponse>created(URI.create(BASE + encoded(security.symbol())))
                .entity(security).build();
    }

    @GET
    @Path("/{symbol}")
    @Operation(operationId = "getSecurity", summary = "Get a security with its newest price",
            description = "latest_price is the newest close stored, with its trading day: while providers are down it"
                    + " is the last one fetched, with its real date.")
    @APIResponse(responseCode = "200", description = "The security",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SecurityResponse.class)))
    @APIResponse(responseCode = "404", description = "No security with that symbol is registered (SECURITY_NOT_FOUND)")
    public SecurityResponse get(@Parameter(description = SYMBOL_DOC, example = "AAPL") @PathParam("symbol") String symbol) {
        return securities.get(symbol);
    }

    @GET
    @Path("/{symbol}/prices")
    @Operation(operationId = "getSecurityPrices", summary = "Daily prices of a security",
            description = "One entry per trading day in [start_date, end_date], oldest first. Days without trading, and"
                    + " days a provider had no data for, have no entry (never a zero price).")
    @APIResponse(responseCode = "200", description = "The prices; an empty list when none are stored in the range",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PriceHistoryResponse.class)))
    @APIResponse(responseCode = "404", description = "No security with that symbol is registered (SECURITY_NOT_FOUND)")
    @APIResponse(responseCode = "422", description = "start_date or end_date is not a date YYYY-MM-DD from 1900-01-01 to"
            + " 9999-12-31, or start_date is after end_date (VALIDATION_FAILED naming it)")
    public PriceHistoryResponse prices(@Parameter(description = SYMBOL_DOC, example = "AAPL") @PathParam("symbol") String symbol,
            @Parameter(description = "First day (YYYY-MM-DD); one year before end_date when absent", example = "2020-08-31",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("start_date") String startDate,
            @Parameter(description = "Last day (YYYY-MM-DD); today (UTC) when absent", example = "2020-11-06",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("end_date") String endDate) {
        LocalDate end = endDate == null ? LocalDate.now(ZoneOffset.UTC) : parseDate("end_date", endDate);
        LocalDate start = startDate == null ? end.minusYears(1) : parseDate("start_date", startDate);
        if (start.isAfter(end)) {
            throw ApiException.invalidField("start_date", "must not be after end_date");
        }
        return securities.prices(symbol, start, end);
    }

    private static LocalDate parseDate(String field, String value) {
        try {
            LocalDate date = LocalDate.parse(value);
            if (!date.isBefore(EARLIEST) && !date.isAfter(LATEST)) {
                return date;
            }
        } catch (DateTimeParseException malformed) {
            // Reported below, as an out-of-range date is.
        }
        throw ApiException.invalidField(field, "must be a date as YYYY-MM-DD from 1900-01-01 to 9999-12-31");
    }

    private static String encoded(String symbol) {
        return URLEncoder.encode(symbol, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
