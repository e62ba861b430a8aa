package dev.coffer.common.logging;

import java.util.UUID;
import java.util.regex.Pattern;

import org.jboss.logging.MDC;

/**
 * The request id of the request being served: set by the HTTP edge filter of {@code common.web} in the
 * log context, read by every log line and problem response.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "request_id";

    // Echo only ids that are safe to put in a header and a log line.
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:\\-]{1,128}");

    private RequestIds() {
    }

    public static String current() {
        Object value = MDC.get(MDC_KEY);
        return value == null ? null : value.toString();
    }

    public static String acceptOrGenerate(String fromClient) {
        if (fromClient != null && ACCEPTABLE.matcher(fromClient).matches()) {
            return fromClient;
        }
        return UUID.randomUUID().toString();
    }
}
