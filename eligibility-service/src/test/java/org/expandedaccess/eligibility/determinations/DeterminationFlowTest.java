package org.expandedaccess.eligibility.determinations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.expandedaccess.infra.TopicReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.expandedaccess.infra.quarkus.TestTokens.token;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class DeterminationFlowTest {

    private static final String DETERMINED = "org.expandedaccess.eligibility.determined.v1";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    EntityManager em;

    RequestEvents events;

    @BeforeEach
    void setUp() {
        events = new RequestEvents(bootstrap);
    }

    @Test
    void submittedRequestGetsOneExplainedDeterminationPublishedToEaEligibility() {
        String requestId = UUID.randomUUID().toString();
        events.submitted(requestId, "dr.alice", d -> { });

        JsonPath current = awaitDetermination("dr.alice", requestId, 1);
        assertEquals("ELIGIBLE", current.getString("outcome"));
        assertEquals("AUTOMATIC", current.getString("decidedBy"));
        assertEquals("2026.1", current.getString("determination.programVersion"));
        assertEquals(21, current.getList("determination.criteria").size());
        assertEquals(44, current.getInt("determination.criteria.find { it.id == 'caps5-severity' }.evidence.caps5TotalScore"));
        assertEquals("21 CFR 312.305(a)(1); 21 CFR 312.300(b)",
                current.getString("determination.criteria.find { it.id == 'serious-condition' }.source"));

        List<ConsumerRecord<String, String>> published = events.published(requestId, DETERMINED, 1);
        assertEquals(1, published.size());
        ConsumerRecord<String, String> record = published.get(0);
        assertEquals("/eligibility-service", TopicReader.header(record, "ce_source"));
        assertEquals(requestId, TopicReader.header(record, "ce_subject"));
        JsonNode data = RequestEvents.read(record.value());
        RequestEvents.assertMatchesSchema("eligibility.determined.v1", data);
        assertEquals("ELIGIBLE", data.get("outcome").asText());
        assertEquals(current.getString("determination.id"), data.get("determinationId").asText());
        assertEquals("sub-dr.alice", data.get("physician").get("id").asText());
    }

    @Test
    void requestAnIntegratorSubmittedBelongsToTheNamedPhysician() {
        // integrators know the physician's username, not their token subject (docs/decisions/0005)
        String requestId = UUID.randomUUID().toString();
        events.submitted(requestId, "dr.carol", d -> {
            ((ObjectNode) d.get("physician")).putNull("id");
            d.put("submittedByClient", "hospital-his");
        });
        awaitDetermination("dr.carol", requestId, 1);
        current("dr.bob", "physician", requestId).then().statusCode(404);
        JsonNode data = RequestEvents.read(events.published(requestId, DETERMINED, 1).get(0).value());
        RequestEvents.assertMatchesSchema("eligibility.determined.v1", data);
        assertEquals("dr.carol", data.get("physician").get("username").asText());
        assertTrue(data.get("physician").get("id").isNull());
    }

    @Test
    void theSameEventTwiceGivesOneDetermination() {
        String requestId = UUID.randomUUID().toString();
        String eventId = events.submitted(requestId, "dr.alice", d -> { });
        awaitDetermination("dr.alice", requestId, 1);
        // the broker redelivers the very same event, and intake republishes version 1 under a new id
        events.send("request.submitted.v1", "org.expandedaccess.request.submitted.v1", eventId, requestId, "dr.alice", d -> { });
        String republished = events.submitted(requestId, "dr.alice", d -> { });
        // same key, same partition: once the republished event is recorded, the duplicates were consumed
        await().atMost(Duration.ofSeconds(20)).until(() -> processed(republished));

        history("tess.triage", "triager", requestId).then().statusCode(200).body("$", hasSize(1));
        assertEquals(1, count("select count(*) from determination where request_id = '" + requestId + "'"));
        assertEquals(1, count("select count(*) from outbox_event where message_key = '" + requestId + "'"));
    }

    @Test
    void amendmentGivesANewDeterminationAndTheHistoryKeepsTheOld() {
        String requestId = UUID.randomUUID().toString();
        events.submitted(requestId, "dr.alice", d -> { });
        awaitDetermination("dr.alice", requestId, 1);
        events.amended(requestId, "dr.alice", 2, d -> ((ObjectNode) d.get("clinical")).put("caps5TotalScore", 30));

        JsonPath current = awaitDetermination("dr.alice", requestId, 2);
        assertEquals("INELIGIBLE", current.getString("outcome"));
        assertEquals(List.of("caps5-severity"), current.getList("determination.decidingCriteria"));
        history("dr.alice", "physician", requestId).then().statusCode(200)
                .body("requestVersion", equalTo(List.of(1, 2)))
                .body("outcome", equalTo(List.of("ELIGIBLE", "INELIGIBLE")));
        List<ConsumerRecord<String, String>> published = events.published(requestId, DETERMINED, 2);
        assertEquals(2, published.size());
        published.forEach(r -> RequestEvents.assertMatchesSchema("eligibility.determined.v1", RequestEvents.read(r.value())));
    }

    @Test
    void withdrawnRequestIsMarkedAndNeverEvaluatedAgain() {
        String requestId = UUID.randomUUID().toString();
        events.submitted(requestId, "dr.alice", d -> { });
        awaitDetermination("dr.alice", requestId, 1);
        events.withdrawn(requestId, "dr.alice");
        String amendment = events.amended(requestId, "dr.alice", 2, d -> { });
        await().atMost(Duration.ofSeconds(20)).until(() -> processed(amendment));

        current("dr.alice", "physician", requestId).then().statusCode(200)
                .body("withdrawn", equalTo(true)).body("withdrawnAt", notNullValue())
                .body("determination.requestVersion", equalTo(1));
        history("dr.alice", "physician", requestId).then().body("$", hasSize(1));
    }

    @Test
    void eventsArrivingBeforeTheSubmissionAreNeitherLostNorDuplicated() {
        // an amendment overtakes its submission: it carries the full content, so it is evaluated;
        // the late submission is an older version and changes nothing
        String requestId = UUID.randomUUID().toString();
        events.amended(requestId, "dr.alice", 2, d -> { });
        awaitDetermination("dr.alice", requestId, 2);
        String late = events.submitted(requestId, "dr.alice", d -> { });
        await().atMost(Duration.ofSeconds(20)).until(() -> processed(late));
        history("dr.alice", "physician", requestId).then().body("requestVersion", equalTo(List.of(2)));

        // a withdrawal before the submission: the request is marked and never evaluated
        String withdrawnFirst = UUID.randomUUID().toString();
        events.withdrawn(withdrawnFirst, "dr.alice");
        String submission = events.submitted(withdrawnFirst, "dr.alice", d -> { });
        await().atMost(Duration.ofSeconds(20)).until(() -> processed(submission));
        current("dr.alice", "physician", withdrawnFirst).then().statusCode(200)
                .body("withdrawn", equalTo(true)).body("determination", nullValue()).body("outcome", nullValue());
        history("dr.alice", "physician", withdrawnFirst).then().body("$", hasSize(0));
    }

    @Test
    void requestForAProgramNotConfiguredGoesToTheDeadLetterTopic() {
        String requestId = UUID.randomUUID().toString();
        events.submitted(requestId, "dr.alice", d -> d.put("programId", "psilocybin-mdd"));
        List<ConsumerRecord<String, String>> dead = TopicReader.read(bootstrap, "ea.requests.dlq", Duration.ofSeconds(20),
                r -> r.stream().anyMatch(x -> requestId.equals(x.key())));
        ConsumerRecord<String, String> record = dead.stream().filter(x -> requestId.equals(x.key())).findFirst()
                .orElseThrow(() -> new AssertionError("message not in ea.requests.dlq"));
        String reason = TopicReader.header(record, "dead-letter-reason");
        assertTrue(reason != null && reason.contains("psilocybin-mdd"), "reason: " + reason);
        // consumption goes on
        String next = UUID.randomUUID().toString();
        events.submitted(next, "dr.alice", d -> { });
        awaitDetermination("dr.alice", next, 1);
        current("tess.triage", "triager", requestId).then().statusCode(404);
    }

    @Test
    void criteriaResultsNameEveryKindAndStatus() {
        String requestId = UUID.randomUUID().toString();
        events.submitted(requestId, "dr.alice", d -> {
            ((ObjectNode) d.get("clinical")).putNull("cssrsRisk");
            ((ObjectNode) d.get("clinical")).putArray("medications").addObject().put("name", "sertraline")
                    .put("medicationClass", "SSRI");
        });
        JsonPath current = awaitDetermination("dr.alice", requestId, 1);
        assertEquals("NEEDS_REVIEW", current.getString("outcome"));
        assertEquals(List.of("high-suicide-risk", "medication-taper"), current.getList("determination.decidingCriteria"));
        current("mark.reviewer", "medical-reviewer", requestId).then()
                .body("determination.criteria.status", hasItem("UNKNOWN"))
                .body("determination.criteria.source", everyItem(not(equalTo(""))));
    }

    private JsonPath awaitDetermination(String user, String requestId, int version) {
        String role = user.startsWith("dr.") ? "physician" : "triager";
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            var r = current(user, role, requestId);
            return r.statusCode() == 200 && r.jsonPath().get("determination") != null
                    && r.jsonPath().getInt("determination.requestVersion") == version;
        });
        return current(user, role, requestId).then().statusCode(200).extract().jsonPath();
    }

    static io.restassured.response.Response current(String user, String role, String requestId) {
        return given().auth().oauth2(token(user, role)).when().get("/api/v1/eligibility/" + requestId);
    }

    static io.restassured.response.Response history(String user, String role, String requestId) {
        return given().auth().oauth2(token(user, role)).when().get("/api/v1/eligibility/" + requestId + "/history");
    }

    private boolean processed(String eventId) {
        return count("select count(*) from processed_event where event_id = '" + eventId + "'") == 1;
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
