package org.expandedaccess.cases.gates;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.expandedaccess.cases.lifecycle.CaseStatus;
import org.expandedaccess.cases.support.CaseFixtures;
import org.expandedaccess.cases.support.TestClock;
import org.expandedaccess.infra.TestEvents;
import org.expandedaccess.infra.TopicReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.expandedaccess.infra.quarkus.TestTokens.token;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The five gates (docs/regulatory/gates.md), who records each, and the FDA 30-day rule on a controlled clock. */
@QuarkusTest
class GatesTest {

    static final ZoneId SPONSOR = ZoneId.of("America/New_York");

    @Inject
    CaseFixtures fixtures;
    @Inject
    TestClock clock;
    @Inject
    GateService gateService;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theFdaGateOpensThirtyDaysAfterReceiptAndTheCaseBecomesReadyToShipByItself() {
        // 10:00 in New York on 2 March 2027; FDA received the IND that day
        clock.setTo(ZonedDateTime.of(2027, 3, 2, 10, 0, 0, 0, SPONSOR).toInstant());
        UUID id = fixtures.inState(CaseStatus.UNDER_REVIEW, "dr.gate1", false);
        approve(id, "2027-03-02");
        put(physician("dr.gate1"), id, "fda", "{\"route\": \"SUBMITTED\", \"receivedByFdaOn\": \"2027-03-02\", \"indNumber\": \"123456\"}")
                .then().statusCode(200)
                .body("find { it.gate == 'FDA' }.satisfied", equalTo(false))
                .body("find { it.gate == 'FDA' }.satisfiedFrom", equalTo("2027-04-01"));
        put(physician("dr.gate1"), id, "irb", "{\"route\": \"CHAIR_CONCURRENCE\", \"approvedOn\": \"2027-03-01\", \"reference\": \"IRB-1\"}")
                .then().statusCode(200);
        put(physician("dr.gate1"), id, "consent", "{\"signedOn\": \"2027-03-02\"}").then().statusCode(200);
        put(triager(), id, "dea", dea()).then().statusCode(200);
        assertEquals(CaseStatus.AUTHORIZING, fixtures.statusOf(id), "every gate recorded, but FDA's 30 days run");
        given().auth().oauth2(token("dr.gate1", "physician")).get("/api/v1/cases/" + id).then()
                .body("nextAction.owner", equalTo("FDA"))
                .body("nextAction.action", containsString("2027-04-01"));

        // 23:59 on day 29 (31 March, New York): still waiting
        clock.setTo(ZonedDateTime.of(2027, 3, 31, 23, 59, 0, 0, SPONSOR).toInstant());
        gateService.checkAuthorizing();
        assertEquals(CaseStatus.AUTHORIZING, fixtures.statusOf(id));
        // 00:01 on day 30 in New York: the IND is in effect
        clock.setTo(ZonedDateTime.of(2027, 4, 1, 0, 1, 0, 0, SPONSOR).toInstant());
        gateService.checkAuthorizing();
        assertEquals(CaseStatus.READY_TO_SHIP, fixtures.statusOf(id));
        given().auth().oauth2(token("audrey.audit", "auditor")).get("/api/v1/cases/" + id + "/audit").then()
                .body("find { it.newValue == 'READY_TO_SHIP' }.actor", equalTo("case-service"))
                .body("find { it.newValue == 'READY_TO_SHIP' }.role", equalTo("system"));
        // drug cannot have shipped before the IND was in effect; nothing is stored
        given().auth().oauth2(token("tess.triage", "triager")).contentType("application/json")
                .body("{\"to\": \"SHIPPED\", \"shipment\": {\"lot\": \"L1\", \"quantity\": 9, \"trackingReference\": \"T1\", "
                        + "\"shippedOn\": \"2027-03-31\"}}")
                .post("/api/v1/cases/" + id + "/transitions").then().statusCode(422)
                .body("errors[0].field", equalTo("shipment.shippedOn"))
                .body("errors[0].message", containsString("2027-04-01"));
        assertEquals(CaseStatus.READY_TO_SHIP, fixtures.statusOf(id));
        given().auth().oauth2(token("tess.triage", "triager")).contentType("application/json")
                .body("{\"to\": \"SHIPPED\", \"shipment\": {\"lot\": \"L1\", \"quantity\": 9, \"trackingReference\": \"T1\"}}")
                .post("/api/v1/cases/" + id + "/transitions").then().statusCode(200)
                .body("shipment.shippedOn", equalTo("2027-04-01"));
    }

    @Test
    void anEarlierMayProceedNoticeOpensTheFdaGateAtOnce() {
        UUID id = fixtures.inState(CaseStatus.UNDER_REVIEW, "dr.gate2", false);
        String today = LocalDate.now(SPONSOR).toString();
        approve(id, today);
        put(physician("dr.gate2"), id, "irb", "{\"route\": \"CONVENED_BOARD\", \"approvedOn\": \"" + today + "\", \"reference\": \"IRB-2\"}");
        put(physician("dr.gate2"), id, "consent", "{\"signedOn\": \"" + today + "\"}");
        put(triager(), id, "dea", dea());
        put(physician("dr.gate2"), id, "fda", "{\"route\": \"MAY_PROCEED_NOTICE\", \"receivedByFdaOn\": \"" + today
                + "\", \"noticeOn\": \"" + today + "\", \"indNumber\": \"123457\"}").then().statusCode(200)
                .body("find { it.gate == 'FDA' }.satisfied", equalTo(true));
        assertEquals(CaseStatus.READY_TO_SHIP, fixtures.statusOf(id), "the last gate moves the case by itself");
    }

    @Test
    void eachGateIsRecordedOnlyByItsRolesAndOnlyWithEveryField() {
        UUID id = fixtures.inState(CaseStatus.UNDER_REVIEW, "dr.gate3", false);
        put(physician("dr.gate3"), id, "dea", dea()).then().statusCode(403);
        put(physician("dr.gate3"), id, "loa", "{\"reference\": \"X\", \"issuedOn\": \"2026-01-01\"}").then().statusCode(403);
        put(triager(), id, "fda", "{\"route\": \"MAY_PROCEED_NOTICE\"}").then().statusCode(403);
        put(given().auth().oauth2(token("audrey.audit", "auditor")), id, "consent", "{\"signedOn\": \"2026-01-01\"}")
                .then().statusCode(403);
        put(physician("dr.other"), id, "consent", "{\"signedOn\": \"2026-01-01\"}").then().statusCode(404);
        put(physician("dr.gate3"), id, "visa", "{}").then().statusCode(404);

        put(physician("dr.gate3"), id, "fda", "{\"route\": \"SUBMITTED\"}").then().statusCode(422)
                .body("errors.field", hasItem("receivedByFdaOn")).body("errors.field", hasItem("indNumber"));
        put(physician("dr.gate3"), id, "fda", "{\"route\": \"EMERGENCY_AUTHORIZATION\", \"authorizedOn\": \"2026-01-01\", "
                + "\"indNumber\": \"123456\"}").then().statusCode(422).body("errors[0].message", containsString("emergency"));
        put(physician("dr.gate3"), id, "irb", "{\"route\": \"EMERGENCY_USE_NOTICE\"}").then().statusCode(422);
        put(physician("dr.gate3"), id, "consent", "{\"signedOn\": \"yesterday\"}").then().statusCode(400)
                .body("errors[0].field", equalTo("signedOn"));
        put(physician("dr.gate3"), id, "consent", "{\"signedOn\": \"2026-01-01\", \"witness\": \"x\"}").then().statusCode(400);
        // a gate records what has happened: no future date, nothing before 2000, nothing the calendar cannot hold
        put(physician("dr.gate3"), id, "consent", "{\"signedOn\": \"" + java.time.LocalDate.now().plusDays(2) + "\"}")
                .then().statusCode(422).body("errors[0].field", equalTo("signedOn"));
        put(physician("dr.gate3"), id, "consent", "{\"signedOn\": \"1999-12-31\"}").then().statusCode(422)
                .body("errors[0].field", equalTo("signedOn"));
        for (String absurd : new String[] {"+999999999-12-31", "-0001-01-01", "9999-12-31"}) {
            put(physician("dr.gate3"), id, "fda", "{\"route\": \"SUBMITTED\", \"receivedByFdaOn\": \"" + absurd
                    + "\", \"indNumber\": \"123456\"}").then().statusCode(400).body("errors[0].field", equalTo("receivedByFdaOn"));
        }
        put(triager(), id, "dea", dea().replace("AB1234563", "AB1234564")).then().statusCode(422)
                .body("errors.field", hasItem("registrationNumber"));
        put(triager(), id, "dea", dea().replace("\"scheduleI\": true", "\"scheduleI\": false")).then().statusCode(422)
                .body("errors.field", hasItem("scheduleI"));
        given().auth().oauth2(token("dr.gate3", "physician")).get("/api/v1/cases/" + id + "/gates").then().statusCode(200)
                .body("findAll { it.recorded }.size()", equalTo(0));
        assertEquals(0, fixtures.auditCount(id), "refused gates left no audit entry");
    }

    @Test
    void gatesAreClosedOnceTheCaseIsReadyToShip() {
        UUID id = fixtures.inState(CaseStatus.READY_TO_SHIP, "dr.gate4", false);
        put(physician("dr.gate4"), id, "consent", "{\"signedOn\": \"2026-01-01\"}").then().statusCode(409)
                .body("currentStatus", equalTo("READY_TO_SHIP"));
    }

    @Test
    void anEmergencyCaseTakesTheFdaGateFromThePhoneAuthorisationInTheRequest() {
        String requestId = UUID.randomUUID().toString();
        String data = TestEvents.example("request.submitted.v1")
                .replace("6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f", requestId)
                .replace("\"dr.alice\"", "\"dr.gate5\"")
                .replace("\"emergency\": false,\n    \"fdaPhoneAuthorizationDate\": null,\n    \"fdaIndNumber\": null",
                        "\"emergency\": true,\n    \"fdaPhoneAuthorizationDate\": \"2026-11-26\",\n    \"fdaIndNumber\": \"654321\"");
        TopicReader.send(bootstrap, "ea.requests", requestId, TestEvents.headers(UUID.randomUUID().toString(),
                "org.expandedaccess.request.submitted.v1", "/intake-service", requestId), data);
        String caseId = org.expandedaccess.cases.support.Cases.awaitCase("dr.gate5", requestId);
        given().auth().oauth2(token("dr.gate5", "physician")).get("/api/v1/cases/" + caseId + "/gates").then()
                .body("find { it.gate == 'FDA' }.satisfied", equalTo(true))
                .body("find { it.gate == 'FDA' }.details.route", equalTo("EMERGENCY_AUTHORIZATION"))
                .body("find { it.gate == 'FDA' }.details.indNumber", equalTo("654321"))
                .body("find { it.gate == 'FDA' }.recordedBy", equalTo("intake-service"));
        // emergency use without prior IRB review is allowed for this case
        UUID id = UUID.fromString(caseId);
        put(physician("dr.gate5"), id, "irb", "{\"route\": \"EMERGENCY_USE_NOTICE\"}").then().statusCode(200)
                .body("find { it.gate == 'IRB' }.satisfied", equalTo(true))
                .body("find { it.gate == 'IRB' }.details.route", equalTo("EMERGENCY_USE_NOTICE"));
    }

    private void approve(UUID id, String issuedOn) {
        given().auth().oauth2(token("tess.triage", "triager")).contentType("application/json")
                .body("{\"to\": \"APPROVED\", \"loa\": {\"reference\": \"EA-LOA-9\", \"issuedOn\": \"" + issuedOn + "\"}}")
                .post("/api/v1/cases/" + id + "/transitions").then().statusCode(200)
                .body("summary.status", equalTo("AUTHORIZING"))
                .body("gates.find { it.gate == 'LOA' }.satisfied", equalTo(true));
    }

    static String dea() {
        return "{\"registrationNumber\": \"AB1234563\", \"scheduleI\": true, \"storageSite\": \"Locked safe, room 4B\","
                + " \"verifiedOn\": \"2026-11-20\"}";
    }

    static RequestSpecification physician(String user) {
        return given().auth().oauth2(token(user, "physician"));
    }

    static RequestSpecification triager() {
        return given().auth().oauth2(token("tess.triage", "triager"));
    }

    static io.restassured.response.Response put(RequestSpecification as, UUID id, String gate, String body) {
        return as.contentType("application/json").body(body).put("/api/v1/cases/" + id + "/gates/" + gate);
    }
}
