package dev.coffer.institution;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** An institution as clients see it. Read back by Jackson when an idempotent create is replayed. */
@RegisterForReflection
@Schema(description = "A bank, broker or other firm where the user holds accounts")
public record InstitutionResponse(
        @Schema(example = "0190e2a4-7d0b-7c3e-9d4f-2b1c3a4d5e6f") UUID id,
        @Schema(description = "Unique per user, compared case-insensitively", example = "Deutsche Bank") String name,
        @Schema(description = "ISO 3166-1 alpha-2 country code, upper case", pattern = "^[A-Z]{2}$", example = "DE")
        String country,
        @Schema(nullable = true, description = "An http or https URL", example = "https://www.deutsche-bank.de")
        String website,
        @Schema(description = "Optimistic-locking version, also sent as the ETag", example = "0") long version,
        Instant createdAt,
        Instant updatedAt) {

    static InstitutionResponse of(Institution institution) {
        return new InstitutionResponse(institution.id, institution.name, institution.country, institution.website,
                institution.version, institution.createdAt, institution.updatedAt);
    }
}
