package org.expandedaccess.platform.http;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A typed query parameter given without a value ({@code ?emergency=}, {@code ?page=}) is refused with the same
 * 400 problem as any other value that is not of its type ({@link StrictParameters}). RESTEasy Reactive would
 * take it for an absent parameter without asking the converter, and the OpenAPI documents do not allow empty
 * values ({@code allowEmptyValue} is false), so a client that sends one learns of it instead of getting every
 * record. Text parameters may be empty where an operation gives that a meaning (an empty {@code assignee}
 * lists the unassigned cases).
 */
public class EmptyParameters {

    /** Per resource method: the typed query parameters, by name, with what their value must be. */
    private static final Map<Method, Map<String, String>> TYPED = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public Optional<Response> check(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return Optional.empty();
        }
        Map<String, String> typed = TYPED.computeIfAbsent(method, EmptyParameters::typedQueryParameters);
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        for (Map.Entry<String, List<String>> given : request.getUriInfo().getQueryParameters().entrySet()) {
            String expected = typed.get(given.getKey());
            if (expected != null && given.getValue().stream().anyMatch(v -> v == null || v.isEmpty())) {
                throw StrictParameters.invalid(given.getKey(), expected);
            }
        }
        return Optional.empty();
    }

    static Map<String, String> typedQueryParameters(Method method) {
        Map<String, String> typed = new java.util.HashMap<>();
        for (Parameter p : method.getParameters()) {
            QueryParam q = p.getAnnotation(QueryParam.class);
            if (q != null) {
                add(typed, q.value(), p.getType());
            } else if (p.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> c = p.getType(); c != null && c != Object.class; c = c.getSuperclass()) {
                    for (Field f : c.getDeclaredFields()) {
                        QueryParam fq = f.getAnnotation(QueryParam.class);
                        if (fq != null) {
                            add(typed, fq.value(), f.getType());
                        }
                    }
                }
            }
        }
        return Map.copyOf(typed);
    }

    private static void add(Map<String, String> typed, String name, Class<?> type) {
        if (type == Boolean.class || type == boolean.class) {
            typed.put(name, StrictParameters.BOOLEAN);
        } else if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            typed.put(name, StrictParameters.WHOLE_NUMBER);
        } else if (type == UUID.class) {
            typed.put(name, StrictParameters.UUID_VALUE);
        }
    }
}
