package org.expandedaccess.platform.http;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.expandedaccess.platform.problem.Problem;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What every operation that reads a JSON body requires, once for all services: the body is declared
 * as JSON ({@code Content-Type: application/json}, else 415), and it is there (an empty body or the
 * JSON literal {@code null} is a 400, {@link BodyReading}). An {@code Idempotency-Key}, where sent, is 1-200 visible
 * characters (else 400), so an empty key never silently switches idempotency off.
 */
public class RequestBodies {

    private static final Map<Method, Boolean> READS_JSON_BODY = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public Optional<Response> check(ContainerRequestContext request, ResourceInfo resource) {
        String key = request.getHeaderString("Idempotency-Key");
        if (key != null && !key.matches("[\\x21-\\x7e]{1,200}")) {
            return Optional.of(problem(Problem.validation(400, "1 field(s) are missing or invalid",
                    java.util.List.of(new Problem.FieldError("Idempotency-Key",
                            "must be 1 to 200 visible ASCII characters, e.g. a UUID")))));
        }
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null || !READS_JSON_BODY.computeIfAbsent(method, RequestBodies::readsJsonBody)) {
            return Optional.empty();
        }
        MediaType type = request.getMediaType();
        if (type == null || !isJson(type)) {
            return Optional.of(problem(Problem.of("unsupported-media-type", "Unsupported Media Type", 415,
                    "Send the body as JSON with the header Content-Type: application/json.")));
        }
        return Optional.empty();
    }

    private static Response problem(Problem p) {
        return Response.status(p.status()).type(Problem.MEDIA_TYPE).entity(p).build();
    }

    static boolean isJson(MediaType type) {
        return type.getType().equalsIgnoreCase("application")
                && (type.getSubtype().equalsIgnoreCase("json") || type.getSubtype().toLowerCase().endsWith("+json"));
    }

    /** True when the method takes an entity (a parameter without a JAX-RS annotation) and consumes JSON. */
    static boolean readsJsonBody(Method method) {
        Consumes consumes = method.getAnnotation(Consumes.class);
        if (consumes == null) {
            consumes = method.getDeclaringClass().getAnnotation(Consumes.class);
        }
        if (consumes != null) {
            boolean json = false;
            for (String c : consumes.value()) {
                json |= isJson(MediaType.valueOf(c));
            }
            if (!json) {
                return false;
            }
        }
        for (Parameter p : method.getParameters()) {
            if (isEntity(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isEntity(Parameter p) {
        for (Annotation a : p.getAnnotations()) {
            Class<? extends Annotation> t = a.annotationType();
            if (t == PathParam.class || t == QueryParam.class || t == HeaderParam.class || t == CookieParam.class
                    || t == FormParam.class || t == MatrixParam.class || t == BeanParam.class || t == Context.class
                    || t.getName().startsWith("org.jboss.resteasy.reactive.Rest")) {
                return false;
            }
        }
        return !p.getType().getName().startsWith("jakarta.ws.rs.") && !p.getType().getName().startsWith("io.vertx.");
    }
}
