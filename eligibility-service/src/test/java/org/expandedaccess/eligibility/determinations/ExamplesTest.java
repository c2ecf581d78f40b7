package org.expandedaccess.eligibility.determinations;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.expandedaccess.infra.quarkus.TestTokens.token;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The request examples work when pasted: the override and the pre-screening draft, sent as they stand, are accepted. */
@QuarkusTest
class ExamplesTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void theOverrideExampleIsAcceptedByAMedicalReviewer() {
        String requestId = UUID.randomUUID().toString();
        new RequestEvents(bootstrap).submitted(requestId, "dr.alice", data -> { });
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            var r = given().auth().oauth2(token("tess.triage", "triager")).when().get("/api/v1/eligibility/" + requestId);
            return r.statusCode() == 200 && r.jsonPath().get("determination") != null;
        });
        given().auth().oauth2(token("mark.reviewer", "medical-reviewer")).contentType(ContentType.JSON).body(Examples.REVIEW)
                .when().post("/api/v1/eligibility/" + requestId + "/review").then().statusCode(200)
                .body("outcome", equalTo("ELIGIBLE")).body("decidedBy", equalTo("MEDICAL_REVIEW"));
    }

    @Test
    void thePrescreeningExampleIsTheCompleteExampleDraft() throws Exception {
        assertEquals(RequestEvents.JSON.readTree(java.nio.file.Path.of("..", "docs", "examples", "complete-request.json")
                .toFile()), RequestEvents.JSON.readTree(Examples.PRESCREEN), "the pre-screen example is a draft as it is");
    }

    @Test
    void thePrescreeningExampleIsAcceptedFromAPhysician() {
        given().auth().oauth2(token("dr.alice", "physician")).contentType(ContentType.JSON).body(Examples.PRESCREEN)
                .when().post("/api/v1/eligibility/prescreen").then().statusCode(200).body("outcome", equalTo("ELIGIBLE"));
    }
}
