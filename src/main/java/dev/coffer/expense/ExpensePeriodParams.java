package dev.coffer.expense;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The period query parameters of the expense summary and statistics, parsed by {@link ExpensePeriod}. */
public class ExpensePeriodParams {

    @QueryParam("start_date")
    @Parameter(description = "First day of the period (YYYY-MM-DD). Give both start_date and end_date, or neither"
            + " for the current month in the user's time zone; on or after 1900-01-01", example = "2025-02-01",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String startDate;

    @QueryParam("end_date")
    @Parameter(description = "Last day of the period (YYYY-MM-DD), inclusive; at most " + ExpensePeriod.MAX_DAYS
            + " days after start_date counting both", example = "2025-02-28",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String endDate;
}
