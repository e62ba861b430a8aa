package dev.coffer.common.error;

import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import dev.coffer.common.logging.RequestIds;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * The one place where exceptions become problem+json answers. Nothing internal (stack trace, SQL,
 * class name) is ever put in a body: unexpected failures are logged with the request id and
 * answered with a generic 500.
 */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri) {
        Response.ResponseBuilder builder = build(e.status(), e.code(), e.title(), e.getMessage(), e.errors(), uri);
        e.headers().forEach(builder::header);
        return builder.build();
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
        return build(422, "VALIDATION_FAILED", "Unprocessable Content", "The request is not valid", errors, uri).build();
    }

    /** Declared apart because Quarkus ships its own mapper for exactly this type, which would win. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            // Well-formed JSON with a value of the wrong type: a validation failure of that field.
            String field = jsonPath(mismatch.getPath());
            return build(422, "VALIDATION_FAILED", "Unprocessable Content", "The request is not valid",
                    List.of(new FieldError(field, "has the wrong type or format")), uri).build();
        }
        return build(400, "MALFORMED_JSON", "Bad Request", "The request body is not valid JSON", null, uri).build();
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return build(403, "FORBIDDEN", "Forbidden", "You are not allowed to do this", null, uri).build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        // The JSON body reader reports unparsable input as a bare 400 with the parser's exception as cause.
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return json(json, uri);
            }
        }
        if (status >= 500) {
            Log.errorf(e, "Request failed with status %d", status);
            return internal(uri);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String code = switch (status) {
            case 400 -> "BAD_REQUEST";
            case 401 -> "UNAUTHORIZED";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 413 -> "PAYLOAD_TOO_LARGE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            default -> title.toUpperCase().replace(' ', '_');
        };
        String detail = switch (status) {
            case 404 -> "No resource at " + uri.getPath();
            case 405 -> "This method is not allowed on " + uri.getPath();
            case 415 -> "This media type is not supported here";
            default -> title;
        };
        Response.ResponseBuilder builder = build(status, code, title, detail, null, uri);
        if (status == 401) {
            builder.header("WWW-Authenticate", "Bearer");
        }
        if (status == 405 && e.getResponse().getHeaderString("Allow") != null) {
            builder.header("Allow", e.getResponse().getHeaderString("Allow"));
        }
        return builder.build();
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        ApiException translated = DatabaseFailures.translate(e);
        if (translated != null) {
            return api(translated, uri);
        }
        Log.errorf(e, "Unexpected failure");
        return internal(uri);
    }

    private static Response unauthenticated(UriInfo uri) {
        return build(401, "UNAUTHORIZED", "Unauthorized", "A valid bearer token is required", null, uri)
                .header("WWW-Authenticate", "Bearer").build();
    }

    private static Response internal(UriInfo uri) {
        return build(500, "INTERNAL_ERROR", "Internal Server Error",
                "Something went wrong on our side; quote the request id when reporting it", null, uri).build();
    }

    static Response.ResponseBuilder build(int status, String code, String title, String detail, List<FieldError> errors,
            UriInfo uri) {
        Problem problem = new Problem(Problem.typeFor(code), title, status, detail, uri == null ? null : uri.getPath(),
                code, RequestIds.current(), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
    }

    private static String fieldName(ConstraintViolation<?> violation) {
        String last = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY
                    || node.getKind() == jakarta.validation.ElementKind.PARAMETER
                    || node.getKind() == jakarta.validation.ElementKind.CONTAINER_ELEMENT) {
                String name = node.getName();
                if (name != null && !name.startsWith("<")) {
                    last = snakeCase(name) + (node.getIndex() != null ? "[" + node.getIndex() + "]" : "");
                }
            }
        }
        return last == null ? "body" : last;
    }

    private static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    static String snakeCase(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }

}
