package org.expandedaccess.platform.problem;

import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body larger than {@code ea.http.max-body-bytes} (default 256 KiB) with a 413 problem
 * before it is read. Quarkus' own limit ({@code quarkus.http.limits.max-body-size}, set to the same
 * value) still guards chunked bodies that announce no length.
 */
@ApplicationScoped
public class BodySizeLimit {

    private final long maxBytes;

    BodySizeLimit(@ConfigProperty(name = "ea.http.max-body-bytes", defaultValue = "262144") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::check);
    }

    void check(RoutingContext ctx) {
        String length = ctx.request().getHeader("Content-Length");
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > maxBytes) {
            Problem p = Problem.of("body-too-large", "Request body too large", 413,
                    "The body has " + length + " bytes; at most " + maxBytes + " are accepted.")
                    .withInstance(ctx.normalizedPath());
            ctx.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Connection", "close").end(Json.encode(p));
            return;
        }
        ctx.next();
    }
}
