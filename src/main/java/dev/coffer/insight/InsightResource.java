package dev.coffer.insight;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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
import dev.coffer.common.security.CurrentUser;
import io.quarkus.security.Authenticated;

@Path("/api/v1/analytics/insights")
@Authenticated
@Tag(name = "Insights", description = "Plain-language findings about the user's spending, each with the figures"
        + " behind it: a category up on its 3-month average, a budget projected to be overrun, a recurring expense"
        + " whose amount changed, an unusual single expense (docs/insights.md)")
@SecurityRequirement(name = "jwt")
public class InsightResource {

    private static final String JSON = "application/json";
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private final InsightService insights;
    private final CurrentUser currentUser;

    InsightResource(InsightService insights, CurrentUser currentUser) {
        this.insights = insights;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(operationId = "getInsights", summary = "Findings about the user's spending on a date",
            description = "category_spike: a category whose latest complete month is up by the configured percentage"
                    + " (30 by default) on its average of the 3 months before; budget_projected_overrun: an active budget whose"
                    + " projected_spend (as getBudgetStatus computes it) exceeds what is available in its period"
                    + " containing date; recurring_amount_changed: a recurring expense whose latest occurrence differs"
                    + " from the one before, or whose template differs from its latest occurrence; unusual_expense:"
                    + " an expense of the last 30 days whose robust z-score within its category's 12 months is above"
                    + " 3.5. Spending figures are in the base currency from the stored conversions; expenses without"
                    + " one are counted in unconverted_count only.")
    @APIResponse(responseCode = "200", description = "The findings; items is empty when nothing stands out",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = InsightsResponse.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "422", description = "date is not a date YYYY-MM-DD from 1900-01-01 to 9999-12-31"
            + " (VALIDATION_FAILED naming date)")
    public InsightsResponse insights(
            @Parameter(description = "The day the findings are for; today in the user's time zone when absent or empty",
                    example = "2025-03-20", schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("date") String date) {
        return insights.insights(currentUser.id(), parseDate(date));
    }

    private static LocalDate parseDate(String date) {
        if (date == null || date.isEmpty()) {
            return null;
        }
        try {
            LocalDate parsed = LocalDate.parse(date);
            if (!parsed.isBefore(EARLIEST) && !parsed.isAfter(LATEST)) {
                return parsed;
            }
        } catch (DateTimeParseException e) {
            // Reported below like an out-of-range date.
        }
        throw ApiException.invalidField("date", "must be a date YYYY-MM-DD from " + EARLIEST + " to " + LATEST);
    }
}
