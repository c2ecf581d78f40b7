package org.expandedaccess.cases.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.expandedaccess.cases.support.CaseFixtures;
import org.expandedaccess.cases.support.Events;
import org.expandedaccess.cases.support.Schemas;
import static org.expandedaccess.cases.support.Cases.awaitCase;
import static org.expandedaccess.cases.support.Cases.awaitStatus;
import static org.expandedaccess.cases.support.Cases.status;
import org.expandedaccess.infra.TestEvents;
import org.expandedaccess.infra.TopicReader;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.expandedaccess.infra.quarkus.TestTokens.token;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The lifecycle driven by events on the embedded real Kafka: in order, out of order across topics, and
 * delivered twice; and what the case publishes on ea.cases, checked against docs/events.
 */
@QuarkusTest
class CaseEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    CaseFixtures fixtures;

    @Test
    void eligibleDeterminationMovesTheCaseToReviewAndEveryChangeIsPublished() throws Exception {
        String requestId = TestEvents.sendRequestSubmitted(bootstrap, UUID.randomUUID().toString(), "dr.ev1", "AB", false);
        String caseId = awaitCase("dr.ev1", requestId);
        awaitStatus(caseId, "SCREENING");
        Events.determined(bootstrap, UUID.randomUUID().toString(), requestId, 1, "ELIGIBLE");
        awaitStatus(caseId, "UNDER_REVIEW");
        given().auth().oauth2(token("tess.triage", "triager")).get("/api/v1/cases/" + caseId).then()
                .body("summary.eligibilityOutcome", equalTo("ELIGIBLE"))
                .body("eligibilityDecidedBy", equalTo("screening"))
                .body("nextAction.owner", equalTo("SPONSOR"));

        List<ConsumerRecord<String, String>> published = TopicReader.read(bootstrap, "ea.cases", Duration.ofSeconds(20),
                rs -> rs.stream().filter(r -> requestId.equals(r.key())).count() >= 4);
        List<ConsumerRecord<String, String>> mine = published.stream().filter(r -> requestId.equals(r.key())).toList();
        assertEquals(List.of("org.expandedaccess.case.opened.v1", "org.expandedaccess.case.status-changed.v1",
                        "org.expandedaccess.case.status-changed.v1", "org.expandedaccess.case.status-changed.v1"),
                mine.stream().map(r -> TopicReader.header(r, "ce_type")).toList());
        List<String> newStatuses = mine.stream().skip(1).map(r -> read(r.value()).path("newStatus").asText()).toList();
        assertEquals(List.of("SUBMITTED", "SCREENING", "UNDER_REVIEW"), newStatuses);
        assertEquals(List.of("REQUEST_SUBMITTED", "SCREENING_STARTED", "SCREENING_OUTCOME"),
                mine.stream().skip(1).map(r -> read(r.value()).path("reasonCode").asText()).toList());
        for (ConsumerRecord<String, String> r : mine) {
            assertEquals(requestId, TopicReader.header(r, "ce_subject"));
            org.expandedaccess.cases.support.Schemas.assertValid(TopicReader.header(r, "ce_type"), r.value());
            JsonNode data = read(r.value());
            assertEquals("AB", data.path("patientInitials").asText());
            assertEquals("ea-portal", data.path("submittedByClient").asText());
        }
        JsonNode toReview = read(mine.get(3).value());
        assertEquals("system", toReview.path("actor").path("role").asText());
        assertEquals("ELIGIBLE", toReview.path("eligibilityOutcome").asText());
    }

    @Test
    void eligibilityBeforeSubmissionAndTheSameEventTwiceEndInReviewWithOneEntryPerChange() {
        String requestId = UUID.randomUUID().toString();
        String determinationEvent = UUID.randomUUID().toString();
        // the eligibility result crosses topics and arrives first, twice
        Events.determined(bootstrap, determinationEvent, requestId, 1, "NEEDS_REVIEW");
        Events.determined(bootstrap, determinationEvent, requestId, 1, "NEEDS_REVIEW");
        sendSubmitted(requestId, "dr.ev2", UUID.randomUUID().toString());
        String caseId = awaitCase("dr.ev2", requestId);
        awaitStatus(caseId, "UNDER_REVIEW");
        // and once more after the case exists
        Events.determined(bootstrap, determinationEvent, requestId, 1, "NEEDS_REVIEW");
        // a later event on the same partition proves the duplicate was consumed before we count
        Events.withdrawn(bootstrap, requestId);
        awaitStatus(caseId, "WITHDRAWN");

        List<String> actions = auditActions(caseId, "dr.ev2");
        assertEquals(List.of("CASE_OPENED", "DEADLINE_OPENED", "STATUS_CHANGED", "ELIGIBILITY_DETERMINED",
                        "STATUS_CHANGED", "STATUS_CHANGED", "DEADLINE_CANCELLED"), actions,
                "opened, acknowledgement due, -> SCREENING, outcome, -> UNDER_REVIEW, -> WITHDRAWN, acknowledgement "
                        + "cancelled; nothing twice");
        given().auth().oauth2(token("dr.ev2", "physician")).get("/api/v1/cases/" + caseId).then()
                .body("summary.eligibilityOutcome", equalTo("NEEDS_REVIEW"));
    }

    @Test
    void theSameSubmissionDeliveredTwiceOpensOneCaseWithOneTrail() {
        String requestId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        sendSubmitted(requestId, "dr.ev3", eventId);
        sendSubmitted(requestId, "dr.ev3", eventId);
        sendSubmitted(requestId, "dr.ev3", UUID.randomUUID().toString()); // a new id for the same request: no second case
        String caseId = awaitCase("dr.ev3", requestId);
        Events.withdrawn(bootstrap, requestId);
        awaitStatus(caseId, "WITHDRAWN");
        assertEquals(List.of("CASE_OPENED", "DEADLINE_OPENED", "STATUS_CHANGED", "STATUS_CHANGED", "DEADLINE_CANCELLED"),
                auditActions(caseId, "dr.ev3"));
        long cases = given().auth().oauth2(token("dr.ev3", "physician")).get("/api/v1/cases?size=200").jsonPath()
                .getList("findAll { it.requestId == '" + requestId + "' }").size();
        assertEquals(1, cases);
    }

    @Test
    void ineligibleStaysInScreeningForAPersonToDecideAndAnOverrideSendsItToReview() {
        String requestId = TestEvents.sendRequestSubmitted(bootstrap, UUID.randomUUID().toString(), "dr.ev4", "CD", false);
        String caseId = awaitCase("dr.ev4", requestId);
        Events.determined(bootstrap, UUID.randomUUID().toString(), requestId, 1, "INELIGIBLE");
        await().atMost(Duration.ofSeconds(20)).until(() -> "INELIGIBLE".equals(given().auth()
                .oauth2(token("tess.triage", "triager")).get("/api/v1/cases/" + caseId).jsonPath()
                .getString("summary.eligibilityOutcome")));
        given().auth().oauth2(token("tess.triage", "triager")).get("/api/v1/cases/" + caseId).then()
                .body("summary.status", equalTo("SCREENING"))
                .body("nextAction.owner", equalTo("SPONSOR"));
        Events.overridden(bootstrap, requestId, 1, "NEEDS_REVIEW");
        awaitStatus(caseId, "UNDER_REVIEW");
        given().auth().oauth2(token("tess.triage", "triager")).get("/api/v1/cases/" + caseId).then()
                .body("eligibilityDecidedBy", equalTo("mark.reviewer"))
                .body("nextAction.owner", equalTo("MEDICAL_REVIEWER"));
        // a triager may not approve what screening did not find ELIGIBLE; a medical reviewer may
        given().auth().oauth2(token("tess.triage", "triager")).contentType("application/json")
                .body(TransitionTableTest.bodyFor(CaseStatus.APPROVED)).post("/api/v1/cases/" + caseId + "/transitions")
                .then().statusCode(403);
        given().auth().oauth2(token("mark.reviewer", "medical-reviewer")).contentType("application/json")
                .body(TransitionTableTest.bodyFor(CaseStatus.APPROVED)).post("/api/v1/cases/" + caseId + "/transitions")
                .then().statusCode(200).body("summary.status", equalTo("AUTHORIZING"));
        List<Map<String, Object>> trail = given().auth().oauth2(token("audrey.audit", "auditor"))
                .get("/api/v1/cases/" + caseId + "/audit").jsonPath().getList("$");
        Map<String, Object> override = trail.stream().filter(e -> "ELIGIBILITY_OVERRIDDEN".equals(e.get("action")))
                .findFirst().orElseThrow();
        assertEquals("mark.reviewer", override.get("actor"));
        assertEquals("medical-reviewer", override.get("role"));
    }

    @Test
    void informationRequestedThenAmendedGoesBackToScreeningAndOnToReview() throws Exception {
        String requestId = TestEvents.sendRequestSubmitted(bootstrap, UUID.randomUUID().toString(), "dr.ev5", "EF", false);
        String caseId = awaitCase("dr.ev5", requestId);
        Events.determined(bootstrap, UUID.randomUUID().toString(), requestId, 1, "ELIGIBLE");
        awaitStatus(caseId, "UNDER_REVIEW");
        given().auth().oauth2(token("tess.triage", "triager")).contentType("application/json")
                .body("{\"to\": \"INFO_REQUESTED\"}").post("/api/v1/cases/" + caseId + "/transitions")
                .then().statusCode(422).body("errors[0].field", equalTo("reason"));
        given().auth().oauth2(token("tess.triage", "triager")).contentType("application/json")
                .body("{\"to\": \"INFO_REQUESTED\", \"reason\": \"Please attach the latest ECG.\"}")
                .post("/api/v1/cases/" + caseId + "/transitions").then().statusCode(200);
        // the event says a person decided and gave words; the words stay in case-service
        ConsumerRecord<String, String> asked = TopicReader.read(bootstrap, "ea.cases", Duration.ofSeconds(20),
                rs -> rs.stream().anyMatch(r -> requestId.equals(r.key()) && r.value().contains("\"INFO_REQUESTED\"")))
                .stream().filter(r -> requestId.equals(r.key()) && r.value().contains("\"newStatus\":\"INFO_REQUESTED\""))
                .findFirst().orElseThrow();
        Schemas.assertValid(TopicReader.header(asked, "ce_type"), asked.value());
        assertEquals("PERSON_DECIDED", read(asked.value()).path("reasonCode").asText());
        assertTrue(read(asked.value()).path("statementGiven").asBoolean());
        assertFalse(asked.value().contains("ECG"), "no one's words in the event: " + asked.value());
        // screening of version 2 crosses topics and arrives before the amendment itself
        Events.determined(bootstrap, UUID.randomUUID().toString(), requestId, 2, "ELIGIBLE");
        await().atMost(Duration.ofSeconds(20)).until(() -> Integer.valueOf(2).equals(given().auth()
                .oauth2(token("dr.ev5", "physician")).get("/api/v1/cases/" + caseId).jsonPath()
                .get("eligibilityRequestVersion")));
        assertEquals("INFO_REQUESTED", status(caseId));
        Events.amended(bootstrap, requestId, 2);
        awaitStatus(caseId, "UNDER_REVIEW");
        List<String> statuses = given().auth().oauth2(token("dr.ev5", "physician")).get("/api/v1/cases/" + caseId + "/audit")
                .jsonPath().getList("findAll { it.action == 'STATUS_CHANGED' }.newValue");
        assertEquals(List.of("SCREENING", "UNDER_REVIEW", "INFO_REQUESTED", "SCREENING", "UNDER_REVIEW"),
                statuses);
        // a stale determination for version 1 changes nothing now
        Events.determined(bootstrap, UUID.randomUUID().toString(), requestId, 1, "INELIGIBLE");
        Events.withdrawn(bootstrap, requestId);
        awaitStatus(caseId, "WITHDRAWN");
        given().auth().oauth2(token("dr.ev5", "physician")).get("/api/v1/cases/" + caseId).then()
                .body("summary.eligibilityOutcome", equalTo("ELIGIBLE"));
    }

    private void sendSubmitted(String requestId, String physician, String eventId) {
        String data = TestEvents.example("request.submitted.v1")
                .replace("6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f", requestId)
                .replace("sub-dr.alice", "sub-" + physician)
                .replace("\"dr.alice\"", "\"" + physician + "\"");
        TopicReader.send(bootstrap, "ea.requests", requestId,
                TestEvents.headers(eventId, "org.expandedaccess.request.submitted.v1", "/intake-service", requestId), data);
    }

    @Test
    void anUndocumentedFieldPassesThePublishedSchemaButNotThisProducersCheck() throws Exception {
        String type = "org.expandedaccess.case.status-changed.v1";
        ObjectNode event = (ObjectNode) read(TestEvents.example("case.status-changed.v1"));
        Schemas.assertValid(type, event.toString());
        ((ObjectNode) event.get("actor")).put("rol", "triager");
        Path file = Path.of("..", "docs", "events", "case.status-changed.v1.schema.json");
        try (InputStream in = Files.newInputStream(file)) {
            assertEquals(Set.of(), JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in).validate(event),
                    "consumers accept a field added later (docs/events/README.md)");
        }
        assertThrows(AssertionFailedError.class, () -> Schemas.assertValid(type, event.toString()),
                "case-service must not publish a field the schema does not list");
    }

    private List<String> auditActions(String caseId, String physician) {
        return given().auth().oauth2(token(physician, "physician")).get("/api/v1/cases/" + caseId + "/audit")
                .then().statusCode(200).extract().jsonPath().getList("action");
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }
}
