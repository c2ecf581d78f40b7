package org.expandedaccess.e2e;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.expandedaccess.stack.ConsoleProgress;
import org.expandedaccess.stack.Stack;
import org.expandedaccess.stack.StackConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole system as a user meets it: started by the same launcher as {@code deploy/local/stack},
 * real PostgreSQL, Kafka, Keycloak and SMTP, real tokens from Keycloak's token endpoint.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SystemIT {

    /** The complete request the README's curl example submits (docs/examples/complete-request.json). */
    private String body;

    private Stack stack;
    private StackConfig config;

    @BeforeAll
    void startStack() {
        int offset = Integer.getInteger("ea.e2e.port-offset", 20000);
        Path root = Path.of(System.getProperty("ea.project-root", "../..")).toAbsolutePath().normalize();
        Path data = Path.of(System.getProperty("ea.e2e.data-dir", "target/e2e-stack"));
        deleteRecursively(data); // every run starts from empty databases, as on a fresh machine
        config = StackConfig.withPortOffset(offset, data, root);
        body = read(root.resolve("docs/examples/complete-request.json"));
        stack = new Stack(config, new ConsoleProgress(System.out));
        long start = System.nanoTime();
        stack.start();
        System.out.printf("e2e: stack ready in %d s%n", (System.nanoTime() - start) / 1_000_000_000);
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @AfterAll
    void stopStack() {
        if (stack != null) {
            stack.stop();
        }
    }

    @Test
    void physicianSubmissionBecomesACaseAndAnInboxItemWithinTenSeconds() {
        String alice = password("dr.alice");
        long start = System.nanoTime();
        String requestId = submit(alice, body);

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(() ->
                given().auth().oauth2(alice).get(url(config.casePort(), "/api/v1/cases?size=200"))
                        .then().statusCode(200).extract().jsonPath().getList("requestId").contains(requestId));
        long caseMs = (System.nanoTime() - start) / 1_000_000;
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(() ->
                given().auth().oauth2(alice).get(url(config.notificationPort(), "/api/v1/notifications"))
                        .then().statusCode(200).extract().jsonPath().getList("requestId").contains(requestId));
        long inboxMs = (System.nanoTime() - start) / 1_000_000;
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(() -> {
            var r = given().auth().oauth2(alice).get(url(config.eligibilityPort(), "/api/v1/eligibility/" + requestId));
            return r.statusCode() == 200 && r.jsonPath().get("determination") != null;
        });
        long determinedMs = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("e2e: POST -> eligibility determination %d ms%n", determinedMs);
        // the complete example meets every criterion; the physician and a triager can read why
        given().auth().oauth2(alice).get(url(config.eligibilityPort(), "/api/v1/eligibility/" + requestId))
                .then().statusCode(200).body("outcome", equalTo("ELIGIBLE"))
                .body("determination.criteria.find { it.id == 'caps5-severity' }.status", equalTo("MET"));
        given().auth().oauth2(password("tess.triage")).get(url(config.eligibilityPort(), "/api/v1/eligibility/" + requestId))
                .then().statusCode(200).body("outcome", equalTo("ELIGIBLE"));
        given().auth().oauth2(password("dr.bob")).get(url(config.eligibilityPort(), "/api/v1/eligibility/" + requestId))
                .then().statusCode(404);
        System.out.printf("e2e: POST -> case visible %d ms, -> inbox item %d ms%n", caseMs, inboxMs);

        JsonPath item = given().auth().oauth2(alice).get(url(config.notificationPort(), "/api/v1/notifications"))
                .then().extract().jsonPath();
        assertEquals("REQUEST_RECEIVED", item.getString("find { it.requestId == '" + requestId + "' }.kind"));
        given().auth().oauth2(alice).get(url(config.casePort(), "/api/v1/cases"))
                .then().body("find { it.requestId == '" + requestId + "' }.reference", startsWith("EA-"));
    }

    @Test
    void anotherPhysicianGets404ForAlicesCaseAndDoesNotSeeItListed() {
        String alice = password("dr.alice");
        String bob = password("dr.bob");
        String requestId = submit(alice, body);
        String caseId = awaitCaseId(alice, requestId);

        given().auth().oauth2(bob).get(url(config.casePort(), "/api/v1/cases/" + caseId))
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
        given().auth().oauth2(bob).get(url(config.intakePort(), "/api/v1/requests/" + requestId))
                .then().statusCode(404);
        given().auth().oauth2(bob).get(url(config.casePort(), "/api/v1/cases"))
                .then().statusCode(200).body("requestId", not(hasItem(requestId)));
        given().auth().oauth2(password("tess.triage")).get(url(config.casePort(), "/api/v1/cases/" + caseId))
                .then().statusCode(200).body("requestId", equalTo(requestId));
    }

    @Test
    void everyServiceAnswers401WithoutAToken() {
        for (String u : List.of(url(config.intakePort(), "/api/v1/requests/00000000-0000-0000-0000-000000000000"),
                url(config.eligibilityPort(), "/api/v1/eligibility/00000000-0000-0000-0000-000000000000"),
                url(config.casePort(), "/api/v1/cases"),
                url(config.notificationPort(), "/api/v1/notifications"))) {
            given().get(u).then().statusCode(401);
        }
    }

    @Test
    void physicianCallingATriagerEndpointGets403() {
        given().auth().oauth2(password("dr.alice")).get(url(config.casePort(), "/api/v1/cases/summary"))
                .then().statusCode(403).contentType(startsWith("application/problem+json"));
        given().auth().oauth2(password("tess.triage")).get(url(config.casePort(), "/api/v1/cases/summary"))
                .then().statusCode(200);
    }

    @Test
    void tokenSignedByAnotherKeyGets401() throws Exception {
        String real = password("dr.alice");
        String[] parts = real.split("\\.");
        var keys = KeyPairGenerator.getInstance("RSA");
        keys.initialize(2048);
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(keys.generateKeyPair().getPrivate());
        // same header (same kid) and same claims, signed by a key Keycloak never published
        rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        String forged = parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());

        given().auth().oauth2(forged).get(url(config.casePort(), "/api/v1/cases")).then().statusCode(401);
        given().auth().oauth2(forged).contentType("application/json").body(body)
                .post(url(config.intakePort(), "/api/v1/requests")).then().statusCode(401);
        given().auth().oauth2(real).get(url(config.casePort(), "/api/v1/cases")).then().statusCode(200);
    }

    @Test
    void integratorCannotReadCases() {
        String token = given().formParams(Map.of("grant_type", "client_credentials", "client_id", "ea-integration-demo",
                        "client_secret", "ea-integration-demo-secret"))
                .post(tokenEndpoint()).then().statusCode(200).extract().path("access_token");
        given().auth().oauth2(token).get(url(config.notificationPort(), "/api/v1/notifications")).then().statusCode(200);
        given().auth().oauth2(token).get(url(config.casePort(), "/api/v1/cases")).then().statusCode(403);
    }

    @Test
    void everyServiceIsReadyAndPublishesItsContract() {
        for (int port : List.of(config.intakePort(), config.eligibilityPort(), config.casePort(), config.notificationPort())) {
            JsonPath health = given().get(url(port, "/q/health/ready")).then().statusCode(200).extract().jsonPath();
            List<String> checks = health.getList("checks.name");
            assertTrue(checks.stream().anyMatch(n -> n.toLowerCase().contains("database")), "database check: " + checks);
            assertTrue(checks.stream().anyMatch(n -> n.toLowerCase().contains("kafka")), "kafka check: " + checks);
            assertTrue(checks.contains("Identity provider (OIDC)"), "OIDC check: " + checks);
            given().get(url(port, "/q/openapi?format=json")).then().statusCode(200);
        }
    }

    @Test
    void integratorSubmitsOnBehalfOfAPhysicianWhoThenSeesTheCase() {
        String token = given().formParams(Map.of("grant_type", "client_credentials", "client_id", "ea-integration-demo",
                        "client_secret", "ea-integration-demo-secret"))
                .post(tokenEndpoint()).then().statusCode(200).extract().path("access_token");
        String onBehalf = body.replace("\"name\": \"Alice Anders, MD\"", "\"username\": \"dr.alice\", \"name\": \"Alice Anders, MD\"");
        String requestId = submit(token, onBehalf);
        String alice = password("dr.alice");
        awaitCaseId(alice, requestId);
        given().auth().oauth2(alice).get(url(config.intakePort(), "/api/v1/requests/" + requestId))
                .then().statusCode(200).body("submittedByClient", equalTo("ea-integration-demo"));
        given().auth().oauth2(password("dr.bob")).get(url(config.intakePort(), "/api/v1/requests/" + requestId))
                .then().statusCode(404);
    }

    /** Creates a draft and submits it, as a physician or integrator would; returns the requestId. */
    private String submit(String token, String body) {
        String id = given().auth().oauth2(token).contentType("application/json").body(body)
                .post(url(config.intakePort(), "/api/v1/requests")).then().statusCode(201)
                .body("status", equalTo("DRAFT")).extract().path("requestId");
        given().auth().oauth2(token).get(url(config.intakePort(), "/api/v1/requests/" + id + "/completeness"))
                .then().statusCode(200).body("complete", equalTo(true));
        given().auth().oauth2(token).post(url(config.intakePort(), "/api/v1/requests/" + id + "/submit"))
                .then().statusCode(200).body("status", equalTo("SUBMITTED"));
        return id;
    }

    private static void deleteRecursively(Path dir) {
        if (!java.nio.file.Files.exists(dir)) {
            return;
        }
        try (var paths = java.nio.file.Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.delete(p);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot clear " + dir, e);
        }
    }

    private static String read(Path file) {
        try {
            return java.nio.file.Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("example missing: " + file, e);
        }
    }

    private String awaitCaseId(String token, String requestId) {
        String[] id = new String[1];
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(() -> {
            List<Map<String, Object>> cases = given().auth().oauth2(token).get(url(config.casePort(), "/api/v1/cases?size=200"))
                    .then().statusCode(200).extract().jsonPath().getList("$");
            return cases.stream().filter(c -> requestId.equals(c.get("requestId"))).findFirst()
                    .map(c -> id[0] = (String) c.get("id")).isPresent();
        });
        return id[0];
    }

    private String password(String user) {
        return given().formParams(Map.of("grant_type", "password", "client_id", "ea-portal",
                        "username", user, "password", "demo"))
                .post(tokenEndpoint()).then().statusCode(200).extract().path("access_token");
    }

    private String tokenEndpoint() {
        return "http://localhost:" + config.keycloakPort() + "/realms/expanded-access/protocol/openid-connect/token";
    }

    private static String url(int port, String path) {
        return "http://localhost:" + port + path;
    }
}
