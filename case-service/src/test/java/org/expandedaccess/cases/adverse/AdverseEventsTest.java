package org.expandedaccess.cases.adverse;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.expandedaccess.cases.lifecycle.CaseStatus;
import org.expandedaccess.cases.support.CaseFixtures;
import org.expandedaccess.cases.support.Schemas;
import org.expandedaccess.cases.support.TestClock;
import org.expandedaccess.infra.TopicReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.expandedaccess.infra.quarkus.TestTokens.token;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Adverse events after shipment and the 7- and 15-day IND safety report deadlines (21 CFR 312.32(c)). */
@QuarkusTest
class AdverseEventsTest {

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
    void seriousUnexpectedSuspectedReactionsOpenSevenOrFifteenDayReports() throws Exception {
        clock.setTo(ZonedDateTime.of(2027, 2, 10, 12, 0, 0, 0, ZoneId.of("America/New_York")).toInstant());
        UUID id = fixtures.inState(CaseStatus.IN_TREATMENT, "dr.ae1", false);
        record("dr.ae1", "physician", id, event(true, true, false, "POSSIBLE", "2027-02-03")).then().statusCode(201)
                .body("safetyReportRequired", equalTo(true)).body("safetyReportDueDate", equalTo("2027-02-18"));
        record("dr.ae1", "physician", id, event(true, true, true, "PROBABLE", "2027-02-03")).then().statusCode(201)
                .body("safetyReportDueDate", equalTo("2027-02-10"));
        // not suspected, not serious, or expected: no report
        record("dr.ae1", "physician", id, event(true, true, false, "UNLIKELY", "2027-02-03")).then().statusCode(201)
                .body("safetyReportRequired", equalTo(false)).body("safetyReportDueDate", nullValue());
        record("mark.reviewer", "medical-reviewer", id, event(false, true, false, "DEFINITE", "2027-02-03")).then()
                .statusCode(201).body("safetyReportRequired", equalTo(false));
        record("dr.ae1", "physician", id, event(true, false, false, "DEFINITE", "2027-02-03")).then().statusCode(201)
                .body("safetyReportRequired", equalTo(false));

        List<String> dues = given().auth().oauth2(token("dr.ae1", "physician")).get("/api/v1/cases/" + id + "/deadlines")
                .jsonPath().getList("findAll { it.kind == 'SAFETY_REPORT' }.dueDate");
        assertEquals(List.of("2027-02-10", "2027-02-18"), dues);
        given().auth().oauth2(token("tess.triage", "triager")).get("/api/v1/cases/" + id).then()
                .body("summary.nextDueDate", equalTo("2027-02-10"));

        String first = given().auth().oauth2(token("dr.ae1", "physician")).get("/api/v1/cases/" + id + "/adverse-events")
                .jsonPath().getString("find { it.safetyReportDueDate == '2027-02-10' }.id");
        given().auth().oauth2(token("dr.ae1", "physician")).contentType("application/json")
                .body("{\"submittedOn\": \"2027-02-09\"}").post("/api/v1/cases/" + id + "/adverse-events/" + first + "/safety-report")
                .then().statusCode(422);
        given().auth().oauth2(token("dr.ae1", "physician")).contentType("application/json")
                .body("{\"submittedOn\": \"2027-02-09\", \"reference\": \"IND 123456 SN 0005\"}")
                .post("/api/v1/cases/" + id + "/adverse-events/" + first + "/safety-report").then().statusCode(200)
                .body("reportReference", equalTo("IND 123456 SN 0005"));
        given().auth().oauth2(token("dr.ae1", "physician")).get("/api/v1/cases/" + id + "/deadlines").then()
                .body("find { it.dueDate == '2027-02-10' }.status", equalTo("MET"));

        String requestId = given().auth().oauth2(token("dr.ae1", "physician")).get("/api/v1/cases/" + id)
                .jsonPath().getString("summary.requestId");
        List<ConsumerRecord<String, String>> recorded = TopicReader.read(bootstrap, "ea.cases", Duration.ofSeconds(20),
                rs -> rs.stream().filter(r -> requestId.equals(r.key())).count() >= 5).stream()
                .filter(r -> requestId.equals(r.key())).toList();
        assertEquals(5, recorded.size());
        for (ConsumerRecord<String, String> r : recorded) {
            assertEquals(AdverseEventEvents.RECORDED, TopicReader.header(r, "ce_type"));
            Schemas.assertValid(AdverseEventEvents.RECORDED, r.value());
            assertFalse(r.value().contains("headache"), "the description never leaves the service");
        }
    }

    @Test
    void onlyAfterShipmentByThePhysicianOrAMedicalReviewerWithEveryFact() {
        UUID early = fixtures.inState(CaseStatus.AUTHORIZING, "dr.ae2", false);
        record("dr.ae2", "physician", early, event(true, true, false, "POSSIBLE", "2026-01-03")).then().statusCode(409);
        UUID id = fixtures.inState(CaseStatus.SHIPPED, "dr.ae2", false);
        record("tess.triage", "triager", id, event(true, true, false, "POSSIBLE", "2026-01-03")).then().statusCode(403);
        record("audrey.audit", "auditor", id, event(true, true, false, "POSSIBLE", "2026-01-03")).then().statusCode(403);
        record("dr.other", "physician", id, event(true, true, false, "POSSIBLE", "2026-01-03")).then().statusCode(404);
        record("dr.ae2", "physician", id, "{\"description\": \"headache\"}").then().statusCode(422)
                .body("errors.field", hasItem("awareDate")).body("errors.field", hasItem("relation"));
        record("dr.ae2", "physician", id, event(false, true, true, "POSSIBLE", "2026-01-03")).then().statusCode(422)
                .body("errors.field", hasItem("serious"));
        record("dr.ae2", "physician", id, event(true, true, false, "SOMETIMES", "2026-01-03")).then().statusCode(400);
        // no exposure before the drug shipped: an onset before the shipment is refused
        fixtures.shippedOn(id, java.time.LocalDate.of(2026, 1, 5));
        record("dr.ae2", "physician", id, event(true, true, false, "POSSIBLE", "2026-01-04")).then().statusCode(422)
                .body("errors[0].field", equalTo("onsetDate")).body("errors[0].message", containsString("2026-01-05"));
        given().auth().oauth2(token("audrey.audit", "auditor")).get("/api/v1/cases/" + id + "/adverse-events")
                .then().statusCode(200).body("size()", equalTo(0));
    }

    static io.restassured.response.Response record(String user, String role, UUID id, String body) {
        return given().auth().oauth2(token(user, role)).contentType("application/json").body(body)
                .post("/api/v1/cases/" + id + "/adverse-events");
    }

    static String event(boolean serious, boolean unexpected, boolean fatal, String relation, String aware) {
        return "{\"description\": \"severe headache and vomiting\", \"onsetDate\": \"" + aware + "\", \"awareDate\": \""
                + aware + "\", \"serious\": " + serious + ", \"unexpected\": " + unexpected
                + ", \"fatalOrLifeThreatening\": " + fatal + ", \"relation\": \"" + relation + "\", \"outcome\": \"RECOVERING\"}";
    }
}
