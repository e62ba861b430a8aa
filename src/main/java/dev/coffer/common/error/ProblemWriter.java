package dev.coffer.common.error;

import dev.coffer.common.logging.RequestIds;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** Writes a problem+json answer straight to Vert.x, for errors raised before the REST layer runs. */
public final class ProblemWriter {

    private ProblemWriter() {
    }

    public static void write(RoutingContext context, int status, String code, String title, String detail) {
        JsonObject body = new JsonObject()
                .put("type", Problem.typeFor(code))
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", context.request().path())
                .put("code", code);
        String requestId = RequestIds.current();
        if (requestId != null) {
            body.put("request_id", requestId);
        }
        if (status == 413) {
            // The client may still be sending the body; closing avoids reading megabytes we refuse.
            context.response().putHeader("Connection", "close");
        }
        context.response()
                .setStatusCode(status)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(body.encode());
    }
}
