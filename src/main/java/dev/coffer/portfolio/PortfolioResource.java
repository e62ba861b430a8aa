package dev.coffer.portfolio;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.coffer.common.error.ApiException;
import dev.coffer.common.security.CurrentUser;
import io.quarkus.security.Authenticated;

@Path("/api/v1/portfolio")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@SecurityRequirement(name = "jwt")
@Tag(name = "Portfolio", description = "The user's holdings valued in the base currency from stored prices and exchange"
        + " rates, and their value over time")
public class PortfolioResource {

    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private final PortfolioService portfolio;
    private final CurrentUser currentUser;

    PortfolioResource(PortfolioService portfolio, CurrentUser currentUser) {
        this.portfolio = portfolio;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(operationId = "getPortfolio", summary = "Value the portfolio on a date",
            description = "Every holding of every account valued in the base currency at the latest close on or"
                    + " before the date and the exchange rates of the date, with the price and rate used; totals and"
                    + " the allocation by security type, currency and account. Holdings without a price or rate are"
                    + " listed with null figures and counted in unpriced_count.")
    @APIResponse(responseCode = "200", description = "The valuation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PortfolioResponse.class)))
    @APIResponse(responseCode = "422", description = "A malformed date, or one outside 1900-01-01 to 9999-12-31"
            + " (VALIDATION_FAILED naming date)")
    public PortfolioResponse get(@Parameter(description = "The valuation date (YYYY-MM-DD); today in the user's time zone"
            + " when absent", example = "2025-03-14", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("date") String date) {
        return portfolio.valuation(currentUser.id(), date("date", date));
    }

    @GET
    @Path("/performance")
    @Operation(operationId = "getPortfolioPerformance", summary = "The portfolio's daily value over a range",
            description = "The value the current holdings had on each calendar day from start_date to end_date"
                    + " (inclusive, at most 366 days), in the base currency, from the stored closes and exchange rates"
                    + " of each day (the latest on or before it: a weekend carries Friday's close).")
    @APIResponse(responseCode = "200", description = "One point per day, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PerformanceResponse.class)))
    @APIResponse(responseCode = "422", description = "A malformed or out-of-range parameter (VALIDATION_FAILED naming"
            + " it): start_date, end_date (also when before start_date or more than 366 days after it)")
    public PerformanceResponse performance(
            @Parameter(description = "First day (YYYY-MM-DD); 29 days before end_date when absent", example = "2025-03-01",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("start_date") String startDate,
            @Parameter(description = "Last day (YYYY-MM-DD); today in the user's time zone when absent",
                    example = "2025-03-31", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("end_date") String endDate) {
        return portfolio.performance(currentUser.id(), date("start_date", startDate), date("end_date", endDate));
    }

    private static LocalDate date(String field, String value) {
        if (value == null) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.invalidField(field, "must be a date YYYY-MM-DD");
        }
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw ApiException.invalidField(field, "must be from " + EARLIEST + " to " + LATEST);
        }
        return date;
    }
}
