package dev.coffer.common.error;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** RFC 9457 problem details, the body of every error answer. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details, the body of every error answer (application/problem+json)",
        requiredProperties = { "type", "title", "status", "detail", "instance", "code" })
public record Problem(
        @Schema(format = "uri", description = "Identifies the kind of problem; one per code",
                examples = "https://coffer.dev/problems/validation-failed") String type,
        @Schema(description = "The HTTP reason phrase of the status", examples = "Unprocessable Content") String title,
        @Schema(description = "The HTTP status code", examples = "422") int status,
        @Schema(description = "What went wrong, for people", examples = "The request is not valid") String detail,
        @Schema(description = "The path of the request", examples = "/api/v1/auth/register") String instance,
        @Schema(description = "Stable UPPER_SNAKE code clients branch on (VALIDATION_FAILED, EMAIL_TAKEN, RATE_LIMITED, ...)",
                pattern = "^[A-Z][A-Z0-9_]*$", examples = "VALIDATION_FAILED") String code,
        @Schema(description = "The request id, also in the X-Request-Id header; quote it when reporting a problem",
                examples = "0b9e3b1c-5f0e-4a57-9d3e-1f3c9a7e2d41") String requestId,
        @Schema(description = "The fields at fault; only with VALIDATION_FAILED") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    static String typeFor(String code) {
        return "https://coffer.dev/problems/" + code.toLowerCase().replace('_', '-');
    }
}
