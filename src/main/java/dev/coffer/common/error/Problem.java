package dev.coffer.common.error;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** RFC 9457 problem details, the body of every error answer. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String code,
        String requestId, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    static String typeFor(String code) {
        return "https://coffer.dev/problems/" + code.toLowerCase().replace('_', '-');
    }
}
