package org.expandedaccess.eligibility.determinations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.expandedaccess.infra.quarkus.TestTokens.token;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class EligibilityAccessTest {

    private static final Map<String, String> STAFF = Map.of("tess.triage", "triager", "mark.reviewer", "medical-reviewer",
            "audrey.audit", "auditor");
    private static final String JUSTIFICATION = "CAPS-5 was re-rated at 36 by a second rater last week, which meets the threshold.";

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
    void readingADeterminationFollowsTheRoleMatrixAndOwnership() {
        String requestId = determined("dr.alice", d -> { });
        for (String path : List.of("/api/v1/eligibility/" + requestId, "/api/v1/eligibility/" + requestId + "/history")) {
            given().auth().oauth2(token("dr.alice", "physician")).when().get(path).then().statusCode(200);
            given().auth().oauth2(token("dr.bob", "physician")).when().get(path).then().statusCode(404)
                    .contentType("application/problem+json");
            STAFF.forEach((user, role) -> given().auth().oauth2(token(user, role)).when().get(path).then().statusCode(200));
            given().auth().oauth2(token("ian.integrator", "integrator")).when().get(path).then().statusCode(403);
            given().when().get(path).then().statusCode(401);
        }
        given().auth().oauth2(token("tess.triage", "triager")).when().get("/api/v1/eligibility/" + UUID.randomUUID())
                .then().statusCode(404);
        given().auth().oauth2(token("tess.triage", "triager")).when().get("/api/v1/eligibility/" + UUID.randomUUID() + "/history")
                .then().statusCode(404);
    }

    @Test
    void programsAreShownToAnyAuthenticatedUser() {
        for (String[] user : new String[][] {{"dr.alice", "physician"}, {"tess.triage", "triager"},
                {"mark.reviewer", "medical-reviewer"}, {"audrey.audit", "auditor"}, {"ian.integrator", "integrator"}}) {
            given().auth().oauth2(token(user[0], user[1])).when().get("/api/v1/eligibility/programs")
                    .then().statusCode(200).body("id", hasItem("mdma-ptsd"));
        }
        given().auth().oauth2(token("dr.alice", "physician")).when().get("/api/v1/eligibility/programs/mdma-ptsd")
                .then().statusCode(200)
                .body("version", equalTo("2026.1"))
                .body("criteria", hasSize(21))
                .body("criteria.find { it.id == 'caps5-severity' }.parameters.minimum", equalTo(35))
                .body("criteria.find { it.id == 'caps5-severity' }.kind", equalTo("INCLUSION"))
                .body("criteria.find { it.id == 'no-trial-access' }.source", equalTo("21 CFR 312.305(a)(3); 21 CFR 312.310(a)(2)"));
        given().auth().oauth2(token("dr.alice", "physician")).when().get("/api/v1/eligibility/programs/no-such-program")
                .then().statusCode(404);
        given().when().get("/api/v1/eligibility/programs").then().statusCode(401);
        given().when().get("/api/v1/eligibility/programs/mdma-ptsd").then().statusCode(401);
    }

    @Test
    void onlyAMedicalReviewerMayOverrideAndOnlyWithAJustification() {
        String requestId = determined("dr.alice", d -> ((ObjectNode) d.get("clinical")).put("caps5TotalScore", 34));
        String path = "/api/v1/eligibility/" + requestId + "/review";
        Map<String, Object> body = Map.of("outcome", "ELIGIBLE", "justification", JUSTIFICATION);
        for (String[] user : new String[][] {{"dr.alice", "physician"}, {"tess.triage", "triager"},
                {"audrey.audit", "auditor"}, {"ian.integrator", "integrator"}}) {
            given().auth().oauth2(token(user[0], user[1])).contentType(ContentType.JSON).body(body).when().post(path)
                    .then().statusCode(403);
        }
        given().contentType(ContentType.JSON).body(body).when().post(path).then().statusCode(401);

        String reviewer = token("mark.reviewer", "medical-reviewer");
        given().auth().oauth2(reviewer).contentType(ContentType.JSON).body(Map.of("outcome", "ELIGIBLE", "justification", "ok"))
                .when().post(path).then().statusCode(400).body("errors.field", hasItem("justification"));
        given().auth().oauth2(reviewer).contentType(ContentType.JSON).body(Map.of("outcome", "ELIGIBLE"))
                .when().post(path).then().statusCode(400);
        given().auth().oauth2(reviewer).contentType(ContentType.JSON)
                .body(Map.of("outcome", "ELIGIBLE", "justification", "Approved-after-careful-review"))
                .when().post(path).then().statusCode(422).body("errors.field", hasItem("justification"));
        given().auth().oauth2(reviewer).contentType(ContentType.JSON)
                .body(Map.of("outcome", "NEEDS_REVIEW", "justification", JUSTIFICATION))
                .when().post(path).then().statusCode(422).body("errors.field", hasItem("outcome"));
        given().auth().oauth2(reviewer).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/eligibility/" + UUID.randomUUID() + "/review").then().statusCode(404);
        assertEquals(0, count("select count(*) from determination_review where request_id = '" + requestId + "'"));

        String key = UUID.randomUUID().toString();
        for (int attempt = 0; attempt < 2; attempt++) {
            given().auth().oauth2(reviewer).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                    .when().post(path).then().statusCode(200)
                    .body("outcome", equalTo("ELIGIBLE"))
                    .body("decidedBy", equalTo("MEDICAL_REVIEW"))
                    .body("determination.outcome", equalTo("INELIGIBLE"))
                    .body("determination.reviews", hasSize(1))
                    .body("determination.reviews[0].reviewer", equalTo("mark.reviewer"))
                    .body("determination.reviews[0].justification", equalTo(JUSTIFICATION));
        }
        // the owner sees the override beside the automatic result
        given().auth().oauth2(token("dr.alice", "physician")).when().get("/api/v1/eligibility/" + requestId)
                .then().statusCode(200).body("outcome", equalTo("ELIGIBLE")).body("determination.outcome", equalTo("INELIGIBLE"));

        List<ConsumerRecord<String, String>> overridden = events.published(requestId,
                "org.expandedaccess.eligibility.overridden.v1", 1);
        assertEquals(1, overridden.size());
        JsonNode data = RequestEvents.read(overridden.get(0).value());
        RequestEvents.assertMatchesSchema("eligibility.overridden.v1", data);
        assertEquals("INELIGIBLE", data.get("automaticOutcome").asText());
        assertEquals("ELIGIBLE", data.get("outcome").asText());
        assertEquals("sub-mark.reviewer", data.get("reviewer").get("id").asText());
    }

    @Test
    void aWithdrawnRequestIsNotReviewed() {
        String requestId = determined("dr.alice", d -> { });
        String withdrawal = events.withdrawn(requestId, "dr.alice");
        await().atMost(Duration.ofSeconds(20)).until(() ->
                count("select count(*) from processed_event where event_id = '" + withdrawal + "'") == 1);
        given().auth().oauth2(token("mark.reviewer", "medical-reviewer")).contentType(ContentType.JSON)
                .body(Map.of("outcome", "ELIGIBLE", "justification", JUSTIFICATION))
                .when().post("/api/v1/eligibility/" + requestId + "/review").then().statusCode(409);
    }

    @Test
    void prescreenAnswersPhysiciansAndLeavesNoRowAndNoLogLine() {
        String marker = "prescreen-marker-" + UUID.randomUUID();
        ObjectNode draft = PrescreenTest.completeDraft();
        ((ObjectNode) draft.get("clinical").get("medications").get(0)).put("name", marker);
        ((ObjectNode) draft.get("patient")).put("initials", "QZX");
        List<String> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                logged.add(r.getLoggerName() + " " + r.getMessage() + " " + java.util.Arrays.toString(r.getParameters()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            // proves the capture sees the application's log lines, so the check below can fail
            Logger.getLogger("org.expandedaccess.eligibility").info("log-capture-canary");
            given().auth().oauth2(token("dr.alice", "physician")).contentType(ContentType.JSON).body(draft.toString())
                    .when().post("/api/v1/eligibility/prescreen").then().statusCode(200)
                    .body("outcome", equalTo("ELIGIBLE"))
                    .body("programVersion", equalTo("2026.1"))
                    .body("criteria", hasSize(21));
            ((ObjectNode) draft.get("clinical")).putNull("caps5TotalScore");
            given().auth().oauth2(token("dr.alice", "physician")).contentType(ContentType.JSON).body(draft.toString())
                    .when().post("/api/v1/eligibility/prescreen").then().statusCode(200)
                    .body("outcome", equalTo("NEEDS_REVIEW"))
                    .body("decidingCriteria", equalTo(List.of("caps5-severity")));
        } finally {
            root.removeHandler(capture);
        }
        assertTrue(logged.stream().anyMatch(l -> l.contains("log-capture-canary")), "log capture works: " + logged);
        assertTrue(logged.stream().noneMatch(l -> l.contains(marker) || l.contains("QZX")), "logged: " + logged);
        for (String table : List.of("determination", "outbox_event", "screened_request")) {
            assertEquals(0, count("select count(*) from " + table + " t where cast(t as text) like '%" + marker + "%'"), table);
        }

        for (String[] user : new String[][] {{"tess.triage", "triager"}, {"mark.reviewer", "medical-reviewer"},
                {"audrey.audit", "auditor"}, {"ian.integrator", "integrator"}}) {
            given().auth().oauth2(token(user[0], user[1])).contentType(ContentType.JSON).body(draft.toString())
                    .when().post("/api/v1/eligibility/prescreen").then().statusCode(403);
        }
        given().contentType(ContentType.JSON).body(draft.toString()).when().post("/api/v1/eligibility/prescreen")
                .then().statusCode(401);
        draft.put("programId", "no-such-program");
        given().auth().oauth2(token("dr.alice", "physician")).contentType(ContentType.JSON).body(draft.toString())
                .when().post("/api/v1/eligibility/prescreen").then().statusCode(422).body("errors.field", hasItem("programId"));
        draft.put("programId", " ");
        given().auth().oauth2(token("dr.alice", "physician")).contentType(ContentType.JSON).body(draft.toString())
                .when().post("/api/v1/eligibility/prescreen").then().statusCode(422).body("errors.field", hasItem("programId"));
    }

    @Test
    void openApiDocumentDescribesEveryEndpoint() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.keySet()", org.hamcrest.Matchers.hasItems("/api/v1/eligibility/programs",
                        "/api/v1/eligibility/programs/{id}", "/api/v1/eligibility/{requestId}",
                        "/api/v1/eligibility/{requestId}/history", "/api/v1/eligibility/{requestId}/review",
                        "/api/v1/eligibility/prescreen"));
    }

    /** A submitted request owned by {@code physician}, once its first determination is readable. */
    private String determined(String physician, java.util.function.Consumer<ObjectNode> edit) {
        String requestId = UUID.randomUUID().toString();
        events.submitted(requestId, physician, edit);
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            var r = given().auth().oauth2(token("tess.triage", "triager")).when().get("/api/v1/eligibility/" + requestId);
            return r.statusCode() == 200 && r.jsonPath().get("determination") != null;
        });
        return requestId;
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
