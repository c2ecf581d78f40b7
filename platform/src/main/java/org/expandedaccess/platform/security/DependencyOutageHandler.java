package org.expandedaccess.platform.security;

import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.expandedaccess.platform.problem.Dependencies;
import org.expandedaccess.platform.problem.Problem;

/**
 * Authentication runs before the REST layer, so a Keycloak outage surfaces as a failed route
 * rather than an exception a JAX-RS mapper sees. This handler turns such failures into 503 with
 * Retry-After (the client may simply retry) instead of Quarkus' default 500.
 */
@ApplicationScoped
public class DependencyOutageHandler {

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    void handle(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        String which = failure == null ? null : Dependencies.which(failure);
        if (which == null || ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        Problem p = Problem.dependencyUnavailable(which).withInstance(ctx.normalizedPath());
        ctx.response().setStatusCode(503)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Retry-After", "5")
                .end(Json.encode(p));
    }
}
