package org.expandedaccess.cases.treatment;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.expandedaccess.cases.lifecycle.CaseStatus;
import org.expandedaccess.cases.support.CaseFixtures;
import org.expandedaccess.cases.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.expandedaccess.infra.quarkus.TestTokens.token;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.not;

/** From IN_TREATMENT to TREATMENT_COMPLETED through the API: plan, sessions, deviation flags, completion rule. */
@QuarkusTest
class TreatmentFlowTest {

    static final ZoneId NY = ZoneId.of("America/New_York");

    @Inject
    TestClock clock;
    @Inject
    CaseFixtures fixtures;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void startingTreatmentGeneratesThePlanSessionsAreFlaggedAndCompletionNeedsEveryDosingOrAReason() {
        String dr = "dr.treat1";
        UUID id = fixtures.inState(CaseStatus.SHIPPED, dr, false);
        at(2027, 1, 11);
        given().auth().oauth2(token(dr, "physician")).get("/api/v1/cases/" + id + "/treatment").then().statusCode(200)
                .body("plan.size()", equalTo(0));
        transition(dr, id, "{\"to\": \"IN_TREATMENT\"}").then().statusCode(422).body("errors[0].field", equalTo("treatmentStartedOn"));
        transition(dr, id, "{\"to\": \"IN_TREATMENT\", \"treatmentStartedOn\": \"2027-01-11\"}").then().statusCode(200);
        given().auth().oauth2(token(dr, "physician")).get("/api/v1/cases/" + id + "/treatment").then().statusCode(200)
                .body("plan.size()", equalTo(15))
                .body("plan.findAll { it.type == 'DOSING' }.targetDate", equalTo(List.of("2027-02-01", "2027-03-01", "2027-03-29")))
                .body("completionAllowed", equalTo(false));

        // a session cannot be recorded for a day that has not come
        session(dr, id, dosing(1, "2027-02-01", "[\"Dr A\", \"Dr B\"]", 60, "11:45")).then().statusCode(422)
                .body("errors[0].field", equalTo("date"));
        at(2027, 2, 1);
        session(dr, id, dosing(1, "2027-02-01", "[\"Dr A\", \"Dr B\"]", 60, "11:45")).then().statusCode(201)
                .body("deviations.size()", equalTo(0))
                .body("dosing.recorded", equalTo(1));
        at(2027, 2, 15);
        // two weeks later, one therapist, supplemental after 2 h 15: three flags, recorded anyway
        session(dr, id, dosing(2, "2027-02-15", "[\"Dr A\"]", 60, "12:15")).then().statusCode(201)
                .body("deviations.code", hasItem("DOSING_INTERVAL_TOO_SHORT"))
                .body("deviations.code", hasItem("FEWER_THAN_TWO_THERAPISTS"))
                .body("deviations.code", hasItem("SUPPLEMENTAL_DOSE_OUTSIDE_WINDOW"))
                .body("deviations.code", not(hasItem("MISSING_VITAL_SIGNS")))
                .body("sessions.size()", equalTo(2));
        given().auth().oauth2(token("tess.triage", "triager")).get("/api/v1/cases/" + id).then()
                .body("deviations.code", hasItem("FEWER_THAN_TWO_THERAPISTS"));
        // implausible facts are refused and name the field
        session(dr, id, dosing(3, "2027-02-15", "[\"Dr A\", \"Dr B\"]", 60, "11:45").replace("\"pulse\": 72", "\"pulse\": 400"))
                .then().statusCode(422).body("errors[0].field", containsString("pulse"));
        // sessions are for the physician of the case
        given().auth().oauth2(token("tess.triage", "triager")).contentType("application/json")
                .body(dosing(3, "2027-02-15", "[\"Dr A\", \"Dr B\"]", 60, "11:45")).post("/api/v1/cases/" + id + "/sessions")
                .then().statusCode(403);
        given().auth().oauth2(token("dr.other", "physician")).contentType("application/json")
                .body(dosing(3, "2027-02-15", "[\"Dr A\", \"Dr B\"]", 60, "11:45")).post("/api/v1/cases/" + id + "/sessions")
                .then().statusCode(404);

        transition(dr, id, "{\"to\": \"TREATMENT_COMPLETED\"}").then().statusCode(422)
                .body("errors[0].field", equalTo("earlyEndReason"))
                .body("errors[0].message", containsString("3"));
        transition(dr, id, "{\"to\": \"TREATMENT_COMPLETED\", \"earlyEndReason\": \"Patient moved away after two sessions\"}")
                .then().statusCode(200).body("summary.status", equalTo("TREATMENT_COMPLETED"))
                .body("deadlines.find { it.kind == 'TREATMENT_SUMMARY' }.dueDate", equalTo("2027-03-17"))
                .body("treatment.earlyEndReason", equalTo("Patient moved away after two sessions"));
        session(dr, id, dosing(3, "2027-02-15", "[\"Dr A\", \"Dr B\"]", 60, "11:45")).then().statusCode(409);
        // closing files the summary and meets its deadline
        given().auth().oauth2(token("tess.triage", "triager")).contentType("application/json")
                .body("{\"to\": \"CLOSED\", \"summary\": {\"submittedOn\": \"2027-02-15\", \"reference\": \"IND 123456 SN 0009\"}}")
                .post("/api/v1/cases/" + id + "/transitions").then().statusCode(200)
                .body("summary.status", equalTo("CLOSED"))
                .body("deadlines.find { it.kind == 'TREATMENT_SUMMARY' }.status", equalTo("MET"));
    }

    @Test
    void everyPlannedDosingSessionRecordedAllowsCompletionWithoutAReason() {
        String dr = "dr.treat2";
        UUID id = fixtures.inState(CaseStatus.SHIPPED, dr, false);
        at(2027, 1, 11);
        transition(dr, id, "{\"to\": \"IN_TREATMENT\", \"treatmentStartedOn\": \"2027-01-11\"}").then().statusCode(200);
        at(2027, 4, 1);
        session(dr, id, dosing(1, "2027-02-01", "[\"Dr A\", \"Dr B\"]", 60, "11:45")).then().statusCode(201);
        session(dr, id, dosing(2, "2027-03-01", "[\"Dr A\", \"Dr B\"]", 60, "11:45")).then().statusCode(201);
        session(dr, id, dosing(3, "2027-03-29", "[\"Dr A\", \"Dr B\"]", null, null)).then().statusCode(201)
                .body("completionAllowed", equalTo(true)).body("deviations.size()", equalTo(0));
        // the completion date may be given: not in the future, not before the last session (29 March)
        transition(dr, id, "{\"to\": \"TREATMENT_COMPLETED\", \"treatmentCompletedOn\": \"2027-04-02\"}").then()
                .statusCode(422).body("errors[0].field", equalTo("treatmentCompletedOn"));
        transition(dr, id, "{\"to\": \"TREATMENT_COMPLETED\", \"treatmentCompletedOn\": \"2027-03-28\"}").then()
                .statusCode(422).body("errors[0].message", containsString("2027-03-29"));
        assertEquals(CaseStatus.IN_TREATMENT, fixtures.statusOf(id), "a refused completion changed nothing");
        transition(dr, id, "{\"to\": \"TREATMENT_COMPLETED\", \"treatmentCompletedOn\": \"2027-03-30\"}").then()
                .statusCode(200).body("treatment.completedOn", equalTo("2027-03-30"))
                .body("deadlines.find { it.kind == 'TREATMENT_SUMMARY' }.dueDate", equalTo("2027-04-29"));
        // the summary to FDA cannot predate the completion
        given().auth().oauth2(token("tess.triage", "triager")).contentType("application/json")
                .body("{\"to\": \"CLOSED\", \"summary\": {\"submittedOn\": \"2027-03-29\", \"reference\": \"IND 1 SN 2\"}}")
                .post("/api/v1/cases/" + id + "/transitions").then().statusCode(422)
                .body("errors[0].field", equalTo("summary.submittedOn"));
    }

    private void at(int y, int m, int d) {
        clock.setTo(ZonedDateTime.of(y, m, d, 18, 0, 0, 0, NY).toInstant());
    }

    static io.restassured.response.Response transition(String dr, UUID id, String body) {
        return given().auth().oauth2(token(dr, "physician")).contentType("application/json").body(body)
                .post("/api/v1/cases/" + id + "/transitions");
    }

    static io.restassured.response.Response session(String dr, UUID id, String body) {
        return given().auth().oauth2(token(dr, "physician")).contentType("application/json").body(body)
                .post("/api/v1/cases/" + id + "/sessions");
    }

    static String dosing(int number, String date, String therapists, Integer supplementalMg, String supplementalAt) {
        return "{\"type\": \"DOSING\", \"number\": " + number + ", \"date\": \"" + date + "\","
                + " \"dose\": {\"initialMg\": 120, \"initialAt\": \"10:00\", \"supplementalMg\": " + supplementalMg
                + ", \"supplementalAt\": " + (supplementalAt == null ? "null" : "\"" + supplementalAt + "\"") + "},"
                + " \"therapists\": " + therapists + ","
                + " \"vitalSigns\": [{\"takenAt\": \"10:30\", \"systolic\": 128, \"diastolic\": 82, \"pulse\": 72,"
                + " \"temperatureC\": 36.9}],"
                + " \"cssrs\": \"NONE\", \"notes\": \"uneventful\"}";
    }
}
