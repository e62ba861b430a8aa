package dev.coffer.analytics;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.coffer.common.error.ApiException;
import dev.coffer.common.error.FieldError;
import dev.coffer.common.security.CurrentUser;
import io.quarkus.security.Authenticated;

@Path("/api/v1/analytics")
@Authenticated
@Tag(name = "Analytics", description = "Figures of the user's spending per calendar month, in their base currency,"
        + " from the stored conversions of the expenses. Amounts are decimal strings at the currency's minor units.")
@SecurityRequirement(name = "jwt")
public class AnalyticsResource {

    private static final String JSON = "application/json";
    static final int EARLIEST_YEAR = 1900;
    static final int LATEST_YEAR = 9999;
    static final int DEFAULT_MONTHS = 6;
    static final int MAX_MONTHS = 24;
    static final int DEFAULT_FORECAST_MONTHS = 3;
    static final int MAX_FORECAST_MONTHS = 6;

    private final AnalyticsService analytics;
    private final CurrentUser currentUser;

    AnalyticsResource(AnalyticsService analytics, CurrentUser currentUser) {
        this.analytics = analytics;
        this.currentUser = currentUser;
    }

    @GET
    @Path("/monthly/{year}/{month}")
    @Operation(operationId = "getMonthlyAnalytics", summary = "Totals of one calendar month by category and by day",
            description = "In the user's base currency, from the stored conversions of the expenses, exactly as"
                    + " getExpenseSummary computes them for the month; with the previous month's total and the"
                    + " change from it. Expenses without a conversion yet are counted in unconverted_count only.")
    @APIResponse(responseCode = "200", description = "The month; a month without expenses has total_expenses"
            + " \"0.00\", no categories and a zero entry for each day",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = MonthlyAnalyticsResponse.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "422", description = "A year outside " + EARLIEST_YEAR + ".." + LATEST_YEAR
            + " or a month outside 1..12, or either not a number (VALIDATION_FAILED, errors name year or month)")
    public MonthlyAnalyticsResponse monthly(
            @Parameter(description = "The year, " + EARLIEST_YEAR + " to " + LATEST_YEAR, example = "2025",
                    schema = @Schema(type = SchemaType.INTEGER))
            @PathParam("year") String year,
            @Parameter(description = "The month, 1 to 12", example = "2", schema = @Schema(type = SchemaType.INTEGER))
            @PathParam("month") String month) {
        List<FieldError> errors = new ArrayList<>();
        int y = number("year", year, EARLIEST_YEAR, LATEST_YEAR, errors);
        int m = number("month", month, 1, 12, errors);
        if (!errors.isEmpty()) {
            throw new ApiException(422, "VALIDATION_FAILED", "Unprocessable Content", "The request is not valid",
                    List.copyOf(errors), Map.of());
        }
        return analytics.monthly(currentUser.id(), YearMonth.of(y, m));
    }

    @GET
    @Path("/trends")
    @Operation(operationId = "getAnalyticsTrends", summary = "Totals of the last months, month by month",
            description = "The last months up to and including the current one in the user's time zone, in the"
                    + " user's base currency from the stored conversions of the expenses, read with one grouped"
                    + " statement. Expenses without a conversion yet are in no total or count.")
    @APIResponse(responseCode = "200", description = "One entry per month, oldest first",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = TrendsResponse.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "422", description = "months is not a whole number from 1 to " + MAX_MONTHS
            + " (VALIDATION_FAILED, errors name months)")
    public TrendsResponse trends(
            @Parameter(description = "How many months, 1 to " + MAX_MONTHS + ", the current one included; absent or"
                    + " blank for " + DEFAULT_MONTHS,
                    schema = @Schema(type = SchemaType.INTEGER, defaultValue = "" + DEFAULT_MONTHS))
            @QueryParam("months") String months) {
        List<FieldError> errors = new ArrayList<>();
        int n = months == null || months.isBlank() ? DEFAULT_MONTHS : number("months", months, 1, MAX_MONTHS, errors);
        if (!errors.isEmpty()) {
            throw new ApiException(422, "VALIDATION_FAILED", "Unprocessable Content", "The request is not valid",
                    List.copyOf(errors), Map.of());
        }
        return analytics.trends(currentUser.id(), n);
    }

    @GET
    @Path("/forecast")
    @Operation(operationId = "getSpendingForecast", summary = "Predicted spending of the next months",
            description = "Overall and per category, in the user's base currency, for the calendar months after the"
                    + " current one in the user's time zone, each with an 80 % prediction interval; learned from the"
                    + " complete months since the first converted expense (at most 60), months without expenses as"
                    + " 0. The method depends on how many months there are (Holt-Winters with a damped trend and"
                    + " period 12 from 28, seasonal naive from 16, simple exponential smoothing below); mape is its"
                    + " error in a rolling-origin backtest on the same history. Expenses without a conversion yet"
                    + " are in no series.")
    @APIResponse(responseCode = "200", description = "The forecast",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = ForecastResponse.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "422", description = "months is not a whole number from 1 to " + MAX_FORECAST_MONTHS
            + " (VALIDATION_FAILED, errors name months), or fewer than 3 complete months since the first converted"
            + " expense (NOT_ENOUGH_HISTORY)")
    public ForecastResponse forecast(
            @Parameter(description = "How many months to forecast, 1 to " + MAX_FORECAST_MONTHS + ", the one after"
                    + " the current month first; absent or blank for " + DEFAULT_FORECAST_MONTHS,
                    schema = @Schema(type = SchemaType.INTEGER, defaultValue = "" + DEFAULT_FORECAST_MONTHS))
            @QueryParam("months") String months) {
        List<FieldError> errors = new ArrayList<>();
        int n = months == null || months.isBlank() ? DEFAULT_FORECAST_MONTHS
                : number("months", months, 1, MAX_FORECAST_MONTHS, errors);
        if (!errors.isEmpty()) {
            throw new ApiException(422, "VALIDATION_FAILED", "Unprocessable Content", "The request is not valid",
                    List.copyOf(errors), Map.of());
        }
        return analytics.forecast(currentUser.id(), n);
    }

    /** {@code raw} as a whole number from {@code min} to {@code max}, or 0 with a field error added. */
    static int number(String field, String raw, int min, int max, List<FieldError> errors) {
        String value = raw == null ? "" : raw.strip();
        if (value.matches("[0-9]{1,9}")) {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        }
        errors.add(new FieldError(field, "must be a whole number from " + min + " to " + max));
        return 0;
    }
}
