package dev.coffer.common.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import dev.coffer.common.error.ProblemWriter;
import dev.coffer.common.logging.RequestIds;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Runs first on every HTTP request: assigns the request id (header, log context) and refuses
 * oversized bodies with a problem+json 413 before anything reads them.
 */
@ApplicationScoped
public class HttpEdgeFilter {

    private final long maxBodyBytes;
    private final long maxImportBodyBytes;

    HttpEdgeFilter(HttpConfig config) {
        this.maxBodyBytes = config.maxBodyBytes();
        this.maxImportBodyBytes = config.maxImportBodyBytes();
    }

    void register(@Observes Filters filters) {
        filters.register(this::filter, 1000);
    }

    void filter(RoutingContext context) {
        String requestId = RequestIds.acceptOrGenerate(context.request().getHeader(RequestIds.HEADER));
        MDC.put(RequestIds.MDC_KEY, requestId);
        context.response().putHeader(RequestIds.HEADER, requestId);

        String contentLength = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (contentLength != null) {
            long limit = context.request().path().endsWith("/import") ? maxImportBodyBytes : maxBodyBytes;
            long length;
            try {
                length = Long.parseLong(contentLength.trim());
            } catch (NumberFormatException e) {
                ProblemWriter.write(context, 400, "BAD_REQUEST", "Bad Request", "Content-Length is not a number");
                return;
            }
            if (length > limit) {
                ProblemWriter.write(context, 413, "PAYLOAD_TOO_LARGE", "Content Too Large",
                        "The request body is larger than " + limit + " bytes");
                return;
            }
        }
        context.next();
    }
}
