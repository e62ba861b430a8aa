package dev.coffer.cycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.coffer.currency.Money;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** A cycle as clients see it. Read back by Jackson when an idempotent create is replayed. */
@RegisterForReflection
@Schema(description = "A pay cycle: a span of days, at most 366, with its income; a user's cycles never overlap")
public record CycleResponse(
        @Schema(example = "0190e2a4-7d0b-7c3e-9d4f-2b1c3a4d5e6f") UUID id,
        @Schema(example = "March pay") String name,
        @Schema(example = "2025-03-01") LocalDate startDate,
        @Schema(description = "The last day, included", example = "2025-04-11") LocalDate endDate,
        @Schema(type = SchemaType.STRING, format = "decimal", example = "3200.00",
                description = "At the currency's minor units") String incomeAmount,
        @Schema(example = "EUR") String currency,
        @Schema(enumeration = { "draft", "active", "completed" }, example = "active") String status,
        @Schema(description = "Optimistic-locking version, also sent as the ETag", example = "0") long version,
        Instant createdAt,
        Instant updatedAt) {

    static CycleResponse of(Cycle cycle) {
        return new CycleResponse(cycle.id, cycle.name, cycle.startDate, cycle.endDate,
                Money.round(cycle.incomeAmount, cycle.currency).toPlainString(), cycle.currency, cycle.status,
                cycle.version, cycle.createdAt, cycle.updatedAt);
    }
}
