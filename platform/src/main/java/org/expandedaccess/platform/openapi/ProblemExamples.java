package org.expandedaccess.platform.openapi;

import org.expandedaccess.platform.problem.Problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The example problem of each status, as the services' mappers really answer it (ProblemMappers, HttpProblems). */
final class ProblemExamples {

    private ProblemExamples() {
    }

    static String name(int status) {
        return switch (status) {
            case 400 -> "malformed";
            case 401 -> "no token";
            case 403 -> "role not allowed";
            case 404 -> "not found";
            case 409 -> "conflict";
            case 413 -> "body too large";
            case 415 -> "not JSON";
            case 422 -> "unacceptable";
            case 503 -> "dependency down";
            default -> "problem " + status;
        };
    }

    static Map<String, Object> of(int status, String path) {
        String instance = path.replaceAll("\\{[^}]+}", "3f2b8c1e-5d4a-4c1b-9a7e-2b6d8f0c4e11");
        return switch (status) {
            case 400 -> problem("validation", "The request is not valid", 400, "1 field is not valid", instance,
                    List.of(fieldError("size", "must be between 1 and 200")));
            case 401 -> problem("unauthorized", "Authentication required", 401,
                    "Send a valid bearer token from the expanded-access realm.", instance, null);
            case 403 -> problem("forbidden", "Not allowed", 403, "Your role does not allow this operation.", instance, null);
            case 404 -> problem("not-found", "Not found", 404, "The record was not found", instance, null);
            case 409 -> problem("conflict", "Conflict", 409, "The record is not in a state that allows this", instance, null);
            case 413 -> problem("body-too-large", "Request body too large", 413,
                    "At most 262144 bytes are accepted in a request body.", instance, null);
            case 415 -> problem("unsupported-media-type", "Unsupported Media Type", 415,
                    "Send the body as JSON with the header Content-Type: application/json.", instance, null);
            case 422 -> problem("validation", "The request is not valid", 422, "The request cannot be accepted as it is",
                    instance, null);
            case 503 -> problem("dependency-unavailable", "Service temporarily unavailable", 503,
                    "A system this service depends on (database) cannot be reached. Nothing was changed; retry later.",
                    instance, null);
            default -> problem("problem", "Problem", status, "The request failed", instance, null);
        };
    }

    private static Map<String, String> fieldError(String field, String message) {
        Map<String, String> e = new LinkedHashMap<>();
        e.put("field", field);
        e.put("message", message);
        return e;
    }

    private static Map<String, Object> problem(String slug, String title, int status, String detail, String instance,
                                               List<Map<String, String>> errors) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", Problem.TYPE_PREFIX + slug);
        p.put("title", title);
        p.put("status", status);
        p.put("detail", detail);
        p.put("instance", instance);
        if (errors != null) {
            p.put("errors", errors);
        }
        return p;
    }
}
