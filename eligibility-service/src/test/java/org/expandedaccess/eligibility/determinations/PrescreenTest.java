package org.expandedaccess.eligibility.determinations;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.expandedaccess.infra.quarkus.TestTokens.token;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Pre-screening takes a request draft exactly as intake holds it and reads it as intake derives its events; the
 * former body shape (the derived flags) still works. Whole-system parity over many drafts: deploy/e2e PrescreenParityIT.
 */
@QuarkusTest
class PrescreenTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    /** docs/examples/complete-request.json: a complete draft, as a physician or integrator sends it. */
    static ObjectNode completeDraft() {
        try {
            return (ObjectNode) RequestEvents.JSON.readTree(Path.of("..", "docs", "examples", "complete-request.json").toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JsonPath prescreen(Object body) {
        return given().auth().oauth2(token("dr.alice", "physician")).contentType(ContentType.JSON).body(body.toString())
                .when().post("/api/v1/eligibility/prescreen").then().statusCode(200).extract().jsonPath();
    }

    private static String status(JsonPath result, String criterion) {
        return result.getString("criteria.find { it.id == '" + criterion + "' }.status");
    }

    @Test
    void theCompleteDraftPrescreensAsTheEventOfItsSubmissionIsDetermined() {
        JsonPath draft = prescreen(completeDraft());
        assertEquals("ELIGIBLE", draft.getString("outcome"), () -> draft.prettify());

        // docs/events/examples/request.submitted.v1.json is what intake publishes for that same draft
        String requestId = UUID.randomUUID().toString();
        new RequestEvents(bootstrap).submitted(requestId, "dr.alice", data -> { });
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            var r = given().auth().oauth2(token("dr.alice", "physician")).when().get("/api/v1/eligibility/" + requestId);
            return r.statusCode() == 200 && r.jsonPath().get("determination") != null;
        });
        JsonPath determined = given().auth().oauth2(token("dr.alice", "physician")).when()
                .get("/api/v1/eligibility/" + requestId).then().statusCode(200).extract().jsonPath();
        assertEquals(determined.getString("determination.outcome"), draft.getString("outcome"));
        assertEquals(determined.getList("determination.criteria.id"), draft.getList("criteria.id"));
        assertEquals(determined.getList("determination.criteria.status"), draft.getList("criteria.status"));
        assertEquals(determined.getList("determination.criteria.evidence"), draft.getList("criteria.evidence"),
                "the same facts were read");
    }

    @Test
    void theStatementsDecideTheGatesByWhetherTheyAreGiven() {
        ObjectNode draft = completeDraft();
        ((ObjectNode) draft.get("clinical")).put("seriousnessStatement", "  ");
        ((ObjectNode) draft.get("alternatives")).remove("noComparableAlternativeStatement");
        JsonPath r = prescreen(draft);
        assertEquals("NOT_MET", status(r, "serious-condition"));
        assertEquals("NOT_MET", status(r, "no-comparable-alternative"));
        assertEquals("MET", status(r, "no-trial-access"));
        assertEquals("INELIGIBLE", r.getString("outcome"));
        assertEquals(Boolean.FALSE, r.get("criteria.find { it.id == 'serious-condition' }.evidence.seriousConditionStated"));

        ((ObjectNode) draft.get("alternatives")).put("canEnrollInTrial", true).remove("trialEnrollmentReason");
        assertEquals("NOT_MET", status(prescreen(draft), "no-trial-access"));
        draft.remove("alternatives");
        assertEquals("UNKNOWN", status(prescreen(draft), "no-trial-access"), "a part left out is unknown");
    }

    @Test
    void aDraftThatNamesNoProgramIsScreenedForTheDefaultOne() {
        ObjectNode draft = completeDraft();
        draft.remove("programId");
        JsonPath r = prescreen(draft);
        assertEquals("mdma-ptsd", r.getString("programId"));
        assertEquals("ELIGIBLE", r.getString("outcome"));
    }

    @Test
    void aPriorTreatmentThatWorkedIsNoResistanceAndOneWithAnUnknownOutcomeNeedsReview() {
        ObjectNode draft = completeDraft();
        draft.get("priorTreatments").forEach(t -> ((ObjectNode) t).put("outcome", "RESPONSE"));
        JsonPath worked = prescreen(draft);
        assertEquals("NOT_MET", status(worked, "treatment-resistant"));
        assertEquals("INELIGIBLE", worked.getString("outcome"));
        ((ObjectNode) draft.get("priorTreatments").get(1)).put("outcome", "UNKNOWN");
        JsonPath unknown = prescreen(draft);
        assertEquals("UNKNOWN", status(unknown, "treatment-resistant"));
        assertEquals("NEEDS_REVIEW", unknown.getString("outcome"));
        assertEquals(List.of("treatment-resistant"), unknown.getList("decidingCriteria"));
    }

    @Test
    void theFormerBodyWithTheDerivedFlagsStillWorks() {
        ObjectNode former = RequestEvents.example("request.submitted.v1");
        assertEquals("ELIGIBLE", prescreen(former).getString("outcome"));
        ((ObjectNode) former.get("clinical")).put("seriousConditionStated", false);
        assertEquals("NOT_MET", status(prescreen(former), "serious-condition"));
        ((ObjectNode) former.get("clinical")).put("seriousnessStatement", "Unable to work for two years.");
        assertEquals("MET", status(prescreen(former), "serious-condition"), "where the statement is given, it decides");
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedNamingItsField() {
        for (Map.Entry<String, String> bad : Map.of(
                "clinical.caps5TotalScore", "{\"clinical\": {\"caps5TotalScore\": \"44\"}}",
                "priorTreatments[0].sessions", "{\"priorTreatments\": [{\"name\": \"EMDR\", \"sessions\": 8.5}]}",
                "clinical.seriousnessStatement", "{\"clinical\": {\"seriousnessStatement\": true}}",
                "alternatives.trialEnrollmentReasonStated", "{\"alternatives\": {\"trialEnrollmentReasonStated\": \"yes\"}}")
                .entrySet()) {
            given().auth().oauth2(token("dr.alice", "physician")).contentType(ContentType.JSON).body(bad.getValue())
                    .when().post("/api/v1/eligibility/prescreen").then().statusCode(400)
                    .contentType(startsWith("application/problem+json"))
                    .body("errors[0].field", equalTo(bad.getKey()));
        }
    }
}
