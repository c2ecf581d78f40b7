package org.expandedaccess.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.expandedaccess.stack.StackConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.expandedaccess.e2e.RunningSystem.url;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Requests generated from each service's served OpenAPI document, against the running system with real
 * tokens: every operation, as the role that may call it and as another one, with a valid-looking body and
 * with bodies, parameters and paths that each break one rule. Nothing may answer 5xx; every 4xx must be
 * problem+json; a body the contract forbids outright (wrong type, NUL, unknown field, trailing garbage, no
 * Content-Type ...) must never be accepted; and after a refused write, a read shows nothing changed.
 * The seed is printed; {@code -Dfuzz.seed=N} repeats a run.
 */
@ExtendWith(RunningSystem.class)
class FuzzIT {

    private static final int PER_FIELD_VARIANTS = 30;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final List<String> ROLES = List.of("physician", "triager", "medical-reviewer", "auditor",
            "integrator", "operator");

    private final StackConfig config = RunningSystem.config();
    private final Map<String, String> tokens = new LinkedHashMap<>();
    private final Map<String, String> ids = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();
    private int requests;
    private int serverErrors;
    private int plainClientErrors;
    private int forbiddenAccepted;
    private int unchangedChecks;

    @Test
    void noGeneratedRequestCrashesAServiceOrIsStoredWhenItShouldBeRefused() {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        Random random = new Random(seed);
        System.out.println("fuzz: seed " + seed + " (repeat with -Dfuzz.seed=" + seed + ")");
        ROLES.forEach(r -> tokens.put(r, token(r)));
        prepareRecords();
        long t0 = System.nanoTime();
        Map<String, Integer> perService = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> service : Map.of("intake", config.intakePort(), "eligibility",
                config.eligibilityPort(), "case", config.casePort(), "notification", config.notificationPort()).entrySet()) {
            int before = requests;
            JsonNode doc = SchemaFuzz.parse(given().get(url(service.getValue(), "/q/openapi?format=json")).asString());
            fuzzService(service.getValue(), doc, new SchemaFuzz(doc, random), random);
            perService.put(service.getKey(), requests - before);
        }
        System.out.printf("fuzz: %d requests in %d s %s; 5xx: %d; 4xx not problem+json: %d; forbidden bodies accepted: %d;"
                        + " refused writes checked unchanged: %d%n", requests, (System.nanoTime() - t0) / 1_000_000_000,
                perService, serverErrors, plainClientErrors, forbiddenAccepted, unchangedChecks);
        failures.forEach(f -> System.out.println("fuzz: FAILED " + f));
        assertTrue(requests >= 2000, "too few requests to mean much: " + requests);
        assertTrue(failures.isEmpty(), "seed " + seed + ": " + failures.size() + " failures:\n"
                + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
    }

    private void fuzzService(int port, JsonNode doc, SchemaFuzz fuzz, Random random) {
        Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> m = methods.next();
                String method = m.getKey().toUpperCase();
                if (!List.of("GET", "POST", "PUT", "DELETE").contains(method) || path.getKey().endsWith("/stream")) {
                    continue;
                }
                JsonNode op = m.getValue();
                for (String role : rolesFor(path.getKey(), random)) {
                    operation(port, doc, fuzz, path.getKey(), method, op, role, random);
                }
            }
        }
    }

    private void operation(int port, JsonNode doc, SchemaFuzz fuzz, String template, String method, JsonNode op,
                           String role, Random random) {
        List<JsonNode> params = new ArrayList<>();
        op.path("parameters").forEach(params::add);
        String path = fillPath(template, params, null);
        // parameters: one broken at a time
        for (JsonNode p : params) {
            String name = p.path("name").asText();
            String in = p.path("in").asText();
            JsonNode schema = fuzz.resolve(p.path("schema"));
            String type = SchemaFuzz.type(schema);
            List<String> bad = switch (type) {
                case "boolean" -> List.of("maybe", "1", "");
                case "integer" -> List.of("two", "99999999999", "-1", "2147483647", "1.5");
                case "array" -> List.of("NOT_A_VALUE", "%00");
                default -> schema.path("format").asText("").equals("uuid") || template.contains("{" + name + "}")
                        ? List.of("not-a-uuid", UUID.randomUUID().toString(), "%00", "x".repeat(300))
                        : List.of("%00", "x".repeat(3000), "%ED%A0%80", "NOT_A_VALUE");
            };
            for (String value : bad) {
                RequestSpecification spec = spec(role).urlEncodingEnabled(false);
                String target = path;
                if (in.equals("path")) {
                    target = fillPath(template, params, Map.of(name, value));
                } else if (in.equals("query")) {
                    spec = spec.queryParam(name, value);
                } else if (in.equals("header") && !value.contains("%")) {
                    spec = spec.header(name, value.isEmpty() ? "" : value);
                } else {
                    continue;
                }
                JsonNode body = op.path("requestBody").path("content").path("application/json").path("schema");
                if (!body.isMissingNode()) {
                    spec = spec.contentType("application/json").body(fuzz.sample(body, 0).toString());
                }
                check(method, target, answer(spec, method, url(port, target)), role, name + "=" + abbreviate(value), false, null, port);
            }
        }
        JsonNode bodySchema = op.path("requestBody").path("content").path("application/json").path("schema");
        if (bodySchema.isMissingNode()) {
            check(method, path, answer(spec(role), method, url(port, path)), role, "no body", false, null, port);
            return;
        }
        String witness = witness(doc, template, params);
        for (SchemaFuzz.Variant v : fuzz.variants(bodySchema, PER_FIELD_VARIANTS)) {
            Supplier<Answer> send;
            if (v.contentType() == null) {
                // REST Assured cannot send a body without a Content-Type; the JDK's client sends none unless told
                String target = path;
                send = () -> withoutContentType(port, method, target, role, v.body());
            } else {
                RequestSpecification spec = spec(role).contentType(v.contentType());
                if (!v.body().isEmpty()) {
                    spec = spec.body(v.body());
                }
                send = answer(spec, method, url(port, path));
            }
            check(method, path, send, role, v.description(), v.mustBeRefused(), v.mustBeRefused() ? witness : null, port);
        }
    }

    /** What came back: status, media type and body. */
    private record Answer(int status, String contentType, String body) {
    }

    private static Supplier<Answer> answer(RequestSpecification spec, String method, String url) {
        return () -> {
            Response r = spec.request(method, url);
            return new Answer(r.statusCode(), String.valueOf(r.contentType()), r.asString());
        };
    }

    private Answer withoutContentType(int port, String method, String path, String role, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(port, path)))
                .header("Authorization", "Bearer " + tokens.get(role))
                .header("Accept", "application/json, application/problem+json")
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse("null"), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void check(String method, String path, Supplier<Answer> send, String role, String what,
                       boolean mustBeRefused, String witnessPath, int port) {
        String before = witnessPath == null ? null : read(port, witnessPath, role);
        Answer r;
        try {
            r = send.get();
        } catch (RuntimeException e) {
            failures.add(method + " " + path + " as " + role + " [" + what + "]: the request failed: " + e);
            return;
        }
        requests++;
        int status = r.status();
        String where = method + " " + path + " as " + role + " [" + what + "] -> " + status;
        if (status >= 500) {
            serverErrors++;
            failures.add(where + ": " + abbreviate(r.body()));
        } else if (status >= 400 && !r.contentType().startsWith("application/problem+json")) {
            plainClientErrors++;
            failures.add(where + ": not problem+json (" + r.contentType() + ")");
        } else if (mustBeRefused && status < 300) {
            forbiddenAccepted++;
            failures.add(where + ": accepted a body the contract forbids");
        }
        if (before != null && status >= 400) {
            unchangedChecks++;
            String after = read(port, witnessPath, role);
            if (!before.equals(after)) {
                failures.add(where + ": refused, but " + witnessPath + " changed");
            }
        }
    }

    private String read(int port, String path, String role) {
        Response r = spec(role).get(url(port, path));
        return r.statusCode() + " " + r.asString();
    }

    /** The read that shows what a write would change: the nearest GET of the same path or a prefix of it. */
    private String witness(JsonNode doc, String template, List<JsonNode> params) {
        String t = template;
        while (t.contains("/")) {
            if (doc.path("paths").path(t).has("get")) {
                return fillPath(t, params, null);
            }
            t = t.substring(0, t.lastIndexOf('/'));
        }
        return null;
    }

    /** The template with each parameter set to a real record of the system (or an override). */
    private String fillPath(String template, List<JsonNode> params, Map<String, String> overrides) {
        String path = template;
        for (JsonNode p : params) {
            if (!p.path("in").asText().equals("path")) {
                continue;
            }
            String name = p.path("name").asText();
            String value = overrides != null && overrides.containsKey(name) ? overrides.get(name) : idFor(template, name);
            path = path.replace("{" + name + "}", value);
        }
        return path;
    }

    private String idFor(String template, String name) {
        if (name.equals("gate")) {
            return "consent";
        }
        if (template.startsWith("/api/v1/requests") || template.startsWith("/api/v1/eligibility/{")) {
            return ids.get("request");
        }
        if (template.startsWith("/api/v1/eligibility/programs")) {
            return "mdma-ptsd";
        }
        if (template.startsWith("/api/v1/cases")) {
            return name.equals("id") ? ids.get("case") : ids.getOrDefault(name, UUID.randomUUID().toString());
        }
        if (template.startsWith("/api/v1/webhooks")) {
            return name.equals("id") ? ids.get("webhook") : UUID.randomUUID().toString();
        }
        if (template.startsWith("/api/v1/notifications")) {
            return ids.getOrDefault("notification", UUID.randomUUID().toString());
        }
        if (name.equals("topic")) {
            return "ea.requests.dlq";
        }
        return name.equals("partition") || name.equals("offset") ? "0" : UUID.randomUUID().toString();
    }

    /** The role the operation is for, and two others chosen at random. */
    private List<String> rolesFor(String template, Random random) {
        String owner;
        if (template.startsWith("/api/v1/webhooks")) {
            owner = "integrator";
        } else if (template.startsWith("/api/v1/operator")) {
            owner = "operator";
        } else if (template.contains("/review") || template.startsWith("/api/v1/cases")) {
            owner = random.nextBoolean() ? "triager" : "medical-reviewer";
        } else {
            owner = "physician";
        }
        List<String> others = new ArrayList<>(ROLES);
        others.remove(owner);
        java.util.Collections.shuffle(others, random);
        return List.of(owner, others.get(0), others.get(1));
    }

    /** Records the generated requests act on: a submitted request with its case, a webhook, an inbox item. */
    private void prepareRecords() {
        String alice = tokens.get("physician");
        String requestId = RunningSystem.submit(alice, RunningSystem.completeRequest());
        ids.put("request", requestId);
        ids.put("case", RunningSystem.awaitCaseId(alice, requestId));
        // screening done and the case settled, so nothing but our writes changes it meanwhile
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(90)).until(() -> !List.of("SUBMITTED", "SCREENING")
                .contains(given().auth().oauth2(tokens.get("triager")).get(url(config.casePort(), "/api/v1/cases/" + ids.get("case")))
                        .then().statusCode(200).extract().jsonPath().getString("summary.status")));
        List<String> deadlines = given().auth().oauth2(tokens.get("triager"))
                .get(url(config.casePort(), "/api/v1/cases/" + ids.get("case") + "/deadlines")).jsonPath().getList("id");
        if (!deadlines.isEmpty()) {
            ids.put("deadlineId", deadlines.get(0));
        }
        ids.put("webhook", given().auth().oauth2(tokens.get("integrator")).contentType("application/json")
                .body(Map.of("url", "http://127.0.0.1:9/fuzz", "eventTypes", List.of(), "description", "fuzz"))
                .post(url(config.notificationPort(), "/api/v1/webhooks")).then().statusCode(201)
                .extract().path("id"));
        List<String> items = given().auth().oauth2(alice).get(url(config.notificationPort(), "/api/v1/notifications"))
                .jsonPath().getList("id");
        if (!items.isEmpty()) {
            ids.put("notification", items.get(0));
        }
    }

    private RequestSpecification spec(String role) {
        return given().auth().oauth2(tokens.get(role)).accept("application/json, application/problem+json");
    }

    private static String token(String role) {
        return switch (role) {
            case "physician" -> RunningSystem.password("dr.alice");
            case "triager" -> RunningSystem.password("tess.triage");
            case "medical-reviewer" -> RunningSystem.password("mark.reviewer");
            case "auditor" -> RunningSystem.password("audrey.audit");
            case "operator" -> RunningSystem.password("otto.operator");
            default -> RunningSystem.integrator();
        };
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 160 ? s.substring(0, 157) + "..." : s;
    }
}
