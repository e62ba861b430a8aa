package dev.coffer.common.error;

import java.util.List;
import java.util.Map;

/**
 * An error answered to the client as problem+json. Domain code throws these with a stable
 * {@code code}; {@link ProblemMappers} turns them into the response.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final String title;
    private final List<FieldError> errors;
    private final Map<String, String> headers;

    public ApiException(int status, String code, String title, String detail) {
        this(status, code, title, detail, null, Map.of());
    }

    public ApiException(int status, String code, String title, String detail, List<FieldError> errors,
            Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.title = title;
        this.errors = errors;
        this.headers = headers;
    }

    public static ApiException notFound(String code, String detail) {
        return new ApiException(404, code, "Not Found", detail);
    }

    public static ApiException conflict(String code, String detail) {
        return new ApiException(409, code, "Conflict", detail);
    }

    public static ApiException unauthorized(String code, String detail) {
        return new ApiException(401, code, "Unauthorized", detail, null, Map.of("WWW-Authenticate", "Bearer"));
    }

    public static ApiException forbidden(String code, String detail) {
        return new ApiException(403, code, "Forbidden", detail);
    }

    public static ApiException badRequest(String code, String detail) {
        return new ApiException(400, code, "Bad Request", detail);
    }

    public static ApiException preconditionFailed(String code, String detail) {
        return new ApiException(412, code, "Precondition Failed", detail);
    }

    public static ApiException unprocessable(String code, String detail) {
        return new ApiException(422, code, "Unprocessable Content", detail);
    }

    /** A 422 {@code VALIDATION_FAILED} naming the one field at fault. */
    public static ApiException invalidField(String field, String message) {
        return new ApiException(422, "VALIDATION_FAILED", "Unprocessable Content", "The request is not valid",
                List.of(new FieldError(field, message)), Map.of());
    }

    public static ApiException tooManyRequests(String detail, long retryAfterSeconds) {
        return new ApiException(429, "RATE_LIMITED", "Too Many Requests", detail, null,
                Map.of("Retry-After", Long.toString(Math.max(1, retryAfterSeconds))));
    }

    public static ApiException serviceUnavailable(String code, String detail) {
        return new ApiException(503, code, "Service Unavailable", detail);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
