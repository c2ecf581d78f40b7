package org.expandedaccess.e2e;

import io.restassured.path.json.JsonPath;
import org.expandedaccess.stack.StackConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.expandedaccess.e2e.RunningSystem.url;
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
@ExtendWith(RunningSystem.class)
class SystemIT {

    private final StackConfig config = RunningSystem.config();
    private final String body = RunningSystem.completeRequest();

    @Test
    void physicianSubmissionBecomesACaseAndAnInboxItemWithinTenSeconds() {
        String alice = RunningSystem.password("dr.alice");
        long start = System.nanoTime();
        String requestId = RunningSystem.submit(alice, body);

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(() ->
                given().auth().oauth2(alice).queryParam("requestId", requestId).get(url(config.casePort(), "/api/v1/cases"))
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
        given().auth().oauth2(RunningSystem.password("tess.triage")).get(url(config.eligibilityPort(), "/api/v1/eligibility/" + requestId))
                .then().statusCode(200).body("outcome", equalTo("ELIGIBLE"));
        given().auth().oauth2(RunningSystem.password("dr.bob")).get(url(config.eligibilityPort(), "/api/v1/eligibility/" + requestId))
                .then().statusCode(404);
        System.out.printf("e2e: POST -> case visible %d ms, -> inbox item %d ms%n", caseMs, inboxMs);

        JsonPath item = given().auth().oauth2(alice).get(url(config.notificationPort(), "/api/v1/notifications"))
                .then().extract().jsonPath();
        assertEquals("REQUEST_RECEIVED", item.getString("find { it.requestId == '" + requestId + "' && it.kind == 'REQUEST_RECEIVED' }.kind"));
        given().auth().oauth2(alice).queryParam("requestId", requestId).get(url(config.casePort(), "/api/v1/cases"))
                .then().body("find { it.requestId == '" + requestId + "' }.reference", startsWith("EA-"));
    }

    @Test
    void anotherPhysicianGets404ForAlicesCaseAndDoesNotSeeItListed() {
        String alice = RunningSystem.password("dr.alice");
        String bob = RunningSystem.password("dr.bob");
        String requestId = RunningSystem.submit(alice, body);
        String caseId = RunningSystem.awaitCaseId(alice, requestId);

        given().auth().oauth2(bob).get(url(config.casePort(), "/api/v1/cases/" + caseId))
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
        given().auth().oauth2(bob).get(url(config.intakePort(), "/api/v1/requests/" + requestId))
                .then().statusCode(404);
        given().auth().oauth2(bob).get(url(config.casePort(), "/api/v1/cases"))
                .then().statusCode(200).body("requestId", not(hasItem(requestId)));
        given().auth().oauth2(RunningSystem.password("tess.triage")).get(url(config.casePort(), "/api/v1/cases/" + caseId))
                .then().statusCode(200).body("summary.requestId", equalTo(requestId));
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
        given().auth().oauth2(RunningSystem.password("dr.alice")).get(url(config.casePort(), "/api/v1/cases/summary"))
                .then().statusCode(403).contentType(startsWith("application/problem+json"));
        given().auth().oauth2(RunningSystem.password("tess.triage")).get(url(config.casePort(), "/api/v1/cases/summary"))
                .then().statusCode(200);
    }

    @Test
    void tokenSignedByAnotherKeyGets401() throws Exception {
        String real = RunningSystem.password("dr.alice");
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
        String token = RunningSystem.integrator();
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
            assertTrue(checks.stream().anyMatch(n -> n.contains("OIDC")), "OIDC provider check: " + checks);
            given().get(url(port, "/q/openapi?format=json")).then().statusCode(200);
        }
    }

    @Test
    void integratorSubmitsOnBehalfOfAPhysicianWhoThenSeesTheCase() {
        String token = RunningSystem.integrator();
        String onBehalf = body.replace("\"name\": \"Alice Anders, MD\"", "\"username\": \"dr.alice\", \"name\": \"Alice Anders, MD\"");
        String requestId = RunningSystem.submit(token, onBehalf);
        String alice = RunningSystem.password("dr.alice");
        RunningSystem.awaitCaseId(alice, requestId);
        given().auth().oauth2(alice).get(url(config.intakePort(), "/api/v1/requests/" + requestId))
                .then().statusCode(200).body("submittedByClient", equalTo("ea-integration-demo"));
        given().auth().oauth2(RunningSystem.password("dr.bob")).get(url(config.intakePort(), "/api/v1/requests/" + requestId))
                .then().statusCode(404);
    }
}
