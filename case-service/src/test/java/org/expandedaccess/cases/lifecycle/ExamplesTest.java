package org.expandedaccess.cases.lifecycle;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.expandedaccess.cases.support.CaseFixtures;
import org.expandedaccess.cases.support.Cases;
import org.expandedaccess.cases.support.Events;
import org.expandedaccess.cases.support.TestClock;
import org.expandedaccess.infra.TestEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.expandedaccess.infra.quarkus.TestTokens.token;
import static org.hamcrest.Matchers.equalTo;

/**
 * Every request example of the document works when pasted: sent as it stands, on the days of the story the
 * examples tell (case EA-2026-00042, docs in {@link Examples}), each is accepted. Every exchange is also held
 * to the served document (ea-testing).
 */
@QuarkusTest
class ExamplesTest {

    static final ZoneId NY = ZoneId.of("America/New_York");
    static final String DR = "dr.alice";

    @Inject
    TestClock clock;
    @Inject
    CaseFixtures fixtures;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void everyRequestExampleIsAcceptedOnItsDayOfTheStory() {
        at(2026, 11, 27, 12, 30);
        String requestId = TestEvents.sendRequestSubmitted(bootstrap, UUID.randomUUID().toString(), DR, "JD", false);
        String id = Cases.awaitCase(DR, requestId);
        Events.determined(bootstrap, UUID.randomUUID().toString(), requestId, 1, "ELIGIBLE");
        Cases.awaitStatus(id, "UNDER_REVIEW");
        String acknowledgement = sponsor().get("/api/v1/cases/" + id + "/deadlines").then().statusCode(200).extract()
                .jsonPath().getString("find { it.kind == 'SPONSOR_ACKNOWLEDGEMENT' }.id");

        at(2026, 11, 30, 10, 0);
        sponsor().body(Examples.ACKNOWLEDGED).post("/api/v1/cases/" + id + "/deadlines/" + acknowledgement + "/met")
                .then().statusCode(200).body("find { it.kind == 'SPONSOR_ACKNOWLEDGEMENT' }.status", equalTo("MET"));
        sponsor().body(Examples.ASSIGN).put("/api/v1/cases/" + id + "/assignee").then().statusCode(200)
                .body("assignee", equalTo("tess.triage"));
        sponsor().body(Examples.NOTE).post("/api/v1/cases/" + id + "/notes").then().statusCode(201);

        at(2026, 12, 3, 10, 0);
        sponsor().body(Examples.APPROVE).post("/api/v1/cases/" + id + "/transitions").then().statusCode(200)
                .body("summary.status", equalTo("AUTHORIZING"));
        sponsor().body(Examples.LOA).put("/api/v1/cases/" + id + "/gates/loa").then().statusCode(200);

        at(2026, 12, 10, 10, 0);
        physician().body(Examples.FDA).put("/api/v1/cases/" + id + "/gates/fda").then().statusCode(200);
        physician().body(Examples.IRB).put("/api/v1/cases/" + id + "/gates/irb").then().statusCode(200);
        physician().body(Examples.CONSENT).put("/api/v1/cases/" + id + "/gates/consent").then().statusCode(200);
        sponsor().body(Examples.DEA).put("/api/v1/cases/" + id + "/gates/dea").then().statusCode(200)
                .body("find { it.gate == 'FDA' }.satisfiedFrom", equalTo("2027-01-03"));

        at(2027, 1, 4, 10, 0);
        // the IND is in effect: the next change to the case (here the FDA record again) makes it ready to ship
        physician().body(Examples.FDA).put("/api/v1/cases/" + id + "/gates/fda").then().statusCode(200);
        Cases.awaitStatus(id, "READY_TO_SHIP");
        at(2027, 1, 5, 10, 0);
        sponsor().body(Examples.SHIP).post("/api/v1/cases/" + id + "/transitions").then().statusCode(200)
                .body("summary.status", equalTo("SHIPPED"));
        at(2027, 1, 11, 10, 0);
        physician().body(Examples.START_TREATMENT).post("/api/v1/cases/" + id + "/transitions").then().statusCode(200)
                .body("summary.status", equalTo("IN_TREATMENT"));

        at(2027, 2, 1, 18, 0);
        physician().body(Examples.DOSING_SESSION).post("/api/v1/cases/" + id + "/sessions").then().statusCode(201)
                .body("deviations.size()", equalTo(0)).body("dosing.recorded", equalTo(1));
        at(2027, 2, 3, 12, 0);
        String event = physician().body(Examples.ADVERSE_EVENT).post("/api/v1/cases/" + id + "/adverse-events").then()
                .statusCode(201).body("safetyReportDueDate", equalTo("2027-02-18")).extract().jsonPath().getString("id");
        at(2027, 2, 10, 12, 0);
        physician().body(Examples.SAFETY_REPORT).post("/api/v1/cases/" + id + "/adverse-events/" + event + "/safety-report")
                .then().statusCode(200).body("reportReference", equalTo("IND 123456 SN 0005"));
        physician().body(Examples.END_EARLY).post("/api/v1/cases/" + id + "/transitions").then().statusCode(200)
                .body("summary.status", equalTo("TREATMENT_COMPLETED"));
        at(2027, 2, 24, 12, 0);
        sponsor().body(Examples.CLOSE).post("/api/v1/cases/" + id + "/transitions").then().statusCode(200)
                .body("summary.status", equalTo("CLOSED"));
    }

    @Test
    void theRequestForInformationIsAcceptedOnACaseUnderReview() {
        UUID id = fixtures.inState(CaseStatus.UNDER_REVIEW, "dr.info", false);
        sponsor().body(Examples.REQUEST_INFORMATION).post("/api/v1/cases/" + id + "/transitions").then().statusCode(200)
                .body("summary.status", equalTo("INFO_REQUESTED"));
    }

    private void at(int year, int month, int day, int hour, int minute) {
        clock.setTo(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, NY).toInstant());
    }

    private static RequestSpecification sponsor() {
        return given().auth().oauth2(token("tess.triage", "triager")).contentType("application/json");
    }

    private static RequestSpecification physician() {
        return given().auth().oauth2(token(DR, "physician")).contentType("application/json");
    }
}
