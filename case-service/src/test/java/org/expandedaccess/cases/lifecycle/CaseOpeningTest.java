package org.expandedaccess.cases.lifecycle;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.expandedaccess.infra.TestEvents;
import org.expandedaccess.infra.TopicReader;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.expandedaccess.infra.quarkus.TestTokens.token;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class CaseOpeningTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void submittedRequestOpensACaseVisibleToItsPhysicianAndSponsorStaffOnly() {
        String requestId = TestEvents.sendRequestSubmitted(bootstrap, UUID.randomUUID().toString(),
                "dr.alice", "JD", false);
        String caseId = awaitCaseOf("dr.alice", requestId);

        given().auth().oauth2(token("dr.alice", "physician")).when().get("/api/v1/cases/" + caseId)
                .then().statusCode(200)
                .body("summary.status", equalTo("SCREENING"))
                .body("summary.reference", matchesPattern("EA-\\d{4}-\\d{5}"))
                .body("summary.patientInitials", equalTo("JD"))
                .body("summary.physician", equalTo("dr.alice"));
        given().auth().oauth2(token("dr.bob", "physician")).when().get("/api/v1/cases/" + caseId)
                .then().statusCode(404);
        given().auth().oauth2(token("dr.bob", "physician")).when().get("/api/v1/cases")
                .then().statusCode(200).body("requestId", not(hasItem(requestId)));
        for (String[] sponsor : new String[][] {{"tess.triage", "triager"}, {"mark.reviewer", "medical-reviewer"},
                {"audrey.audit", "auditor"}}) {
            given().auth().oauth2(token(sponsor[0], sponsor[1])).when().get("/api/v1/cases/" + caseId)
                    .then().statusCode(200);
        }
        given().auth().oauth2(token("ian.integrator", "integrator")).when().get("/api/v1/cases")
                .then().statusCode(403);
        given().when().get("/api/v1/cases").then().statusCode(401);
    }

    @Test
    void duplicateDeliveryOpensOneCase() {
        String eventId = UUID.randomUUID().toString();
        String requestId = TestEvents.sendRequestSubmitted(bootstrap, eventId, "dr.carol", "AB", false);
        awaitCaseOf("dr.carol", requestId);
        // the broker redelivers the very same event (same ce_id)
        String data = TestEvents.example("request.submitted.v1")
                .replace("6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f", requestId).replace("sub-dr.alice", "sub-dr.carol");
        TopicReader.send(bootstrap, "ea.requests", requestId,
                TestEvents.headers(eventId, "org.expandedaccess.request.submitted.v1", "/intake-service", requestId), data);
        // a later event on the same partition proves the duplicate was consumed before we count
        String later = TestEvents.sendRequestSubmitted(bootstrap, UUID.randomUUID().toString(), "dr.carol", "CD", false);
        awaitCaseOf("dr.carol", later);

        List<String> ofRequest = given().auth().oauth2(token("dr.carol", "physician")).when().get("/api/v1/cases")
                .then().statusCode(200).extract().jsonPath().getList("findAll { it.requestId == '" + requestId + "' }.id");
        assertEquals(1, ofRequest.size());
    }

    @Test
    void poisonMessageGoesToDeadLetterTopicAndConsumptionContinues() {
        String poisonKey = UUID.randomUUID().toString();
        TopicReader.send(bootstrap, "ea.requests", poisonKey,
                TestEvents.headers(UUID.randomUUID().toString(), "org.expandedaccess.request.submitted.v1",
                        "/intake-service", poisonKey), "{ this is not json");
        String next = TestEvents.sendRequestSubmitted(bootstrap, UUID.randomUUID().toString(), "dr.dave", "EF", false);
        awaitCaseOf("dr.dave", next);

        List<ConsumerRecord<String, String>> dead = TopicReader.read(bootstrap, "ea.requests.dlq", Duration.ofSeconds(15),
                r -> r.stream().anyMatch(x -> poisonKey.equals(x.key())));
        ConsumerRecord<String, String> record = dead.stream().filter(x -> poisonKey.equals(x.key())).findFirst()
                .orElseThrow(() -> new AssertionError("poison message not in ea.requests.dlq"));
        String reason = TopicReader.header(record, "dead-letter-reason");
        assertTrue(reason != null && reason.contains("no valid JSON"), "error recorded in headers: " + reason);
    }

    @Test
    void queueListsEmergenciesFirst() {
        String routine = TestEvents.sendRequestSubmitted(bootstrap, UUID.randomUUID().toString(), "dr.erin", "GH", false);
        String emergency = TestEvents.sendRequestSubmitted(bootstrap, UUID.randomUUID().toString(), "dr.erin", "IJ", true);
        awaitCaseOf("dr.erin", routine);
        awaitCaseOf("dr.erin", emergency);
        List<Boolean> flags = given().auth().oauth2(token("tess.triage", "triager")).when().get("/api/v1/cases?size=200")
                .then().statusCode(200).extract().jsonPath().getList("emergency", Boolean.class);
        int firstRoutine = flags.indexOf(false);
        assertTrue(firstRoutine < 0 || !flags.subList(firstRoutine, flags.size()).contains(true),
                "no emergency after a routine case: " + flags);
    }

    @Test
    void queueSummaryIsForSponsorStaffOnly() {
        String requestId = TestEvents.sendRequestSubmitted(bootstrap, UUID.randomUUID().toString(), "dr.fay", "KL", true);
        awaitCaseOf("dr.fay", requestId);
        given().auth().oauth2(token("tess.triage", "triager")).when().get("/api/v1/cases/summary")
                .then().statusCode(200)
                .body("openEmergencies", org.hamcrest.Matchers.greaterThanOrEqualTo(1))
                .body("byStatus.SCREENING", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        given().auth().oauth2(token("dr.fay", "physician")).when().get("/api/v1/cases/summary")
                .then().statusCode(403);
    }

    private String awaitCaseOf(String physician, String requestId) {
        String[] id = new String[1];
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() -> {
            List<Map<String, Object>> cases = given().auth().oauth2(token(physician, "physician"))
                    .when().get("/api/v1/cases?size=200").then().statusCode(200).extract().jsonPath().getList("$");
            return cases.stream().filter(c -> requestId.equals(c.get("requestId"))).findFirst()
                    .map(c -> id[0] = (String) c.get("id")).isPresent();
        });
        return id[0];
    }
}
