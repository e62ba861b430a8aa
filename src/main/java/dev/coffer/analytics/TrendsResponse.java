package dev.coffer.analytics;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

@RegisterForReflection
@Schema(description = "The user's converted spending per calendar month, in their base currency, for the last"
        + " months up to and including the current one in the user's time zone")
public record TrendsResponse(
        @Schema(example = "USD", description = "The user's base currency, in which every total is") String currency,
        @Schema(description = "One entry per month, oldest first, months without expenses included with total"
                + " \"0.00\" and count 0")
        List<Month> months) {

    @Schema(name = "AnalyticsTrendMonth", description = "The converted expenses of one calendar month")
    public record Month(
            @Schema(example = "2025") int year,
            @Schema(example = "2", description = "1 to 12") int month,
            @Schema(type = SchemaType.STRING, format = "decimal", example = "1234.56",
                    description = "Sum of the converted amounts of the month, at the base currency's minor units")
            String total,
            @Schema(example = "42", description = "Number of converted expenses in the month") long count) {
    }
}
