package dev.coffer.common.error;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;

/** Answers requests that match no route at all with a problem+json 404 instead of an HTML page. */
@ApplicationScoped
public class UnknownRouteHandler {

    void register(@Observes Router router) {
        router.route().last().handler(context -> ProblemWriter.write(context, 404, "NOT_FOUND", "Not Found",
                "No resource at " + context.request().path()));
    }
}
