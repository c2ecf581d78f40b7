package org.expandedaccess.e2e;

import io.restassured.response.Response;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.expandedaccess.stack.StackConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.expandedaccess.e2e.RunningSystem.url;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Cases through the whole lifecycle on the running system with real Keycloak tokens: a routine case from
 * submission through approval, gates, shipment, treatment and an adverse event to closure, and an
 * emergency case through FDA's phone authorisation.
 */
@ExtendWith(RunningSystem.class)
class CaseLifecycleIT {

    private final StackConfig config = RunningSystem.config();
    private final String today = LocalDate.now(ZoneId.of("America/New_York")).toString();

    @Test
    void aRoutineCaseFromSubmissionToClosure() throws Exception {
        String alice = RunningSystem.password("dr.alice");
        String tess = RunningSystem.password("tess.triage");
        String requestId = RunningSystem.submit(alice, RunningSystem.completeRequest());
        String caseId = RunningSystem.awaitCaseId(alice, requestId);
        awaitStatus(tess, caseId, "UNDER_REVIEW"); // the real eligibility-service found it ELIGIBLE
        get(tess, caseId).then().body("summary.eligibilityOutcome", equalTo("ELIGIBLE"))
                .body("deadlines.kind", hasItem("SPONSOR_ACKNOWLEDGEMENT"));

        put(tess, caseId, "/assignee", "{\"assignee\": \"tess.triage\"}").then().statusCode(200);
        post(alice, caseId, "/transitions", "{\"to\": \"APPROVED\"}").then().statusCode(403);
        post(tess, caseId, "/transitions", "{\"to\": \"APPROVED\"}").then().statusCode(422);
        post(tess, caseId, "/transitions", "{\"to\": \"APPROVED\", \"loa\": {\"reference\": \"EA-LOA-E2E\", \"issuedOn\": \""
                + today + "\"}}").then().statusCode(200).body("summary.status", equalTo("AUTHORIZING"));
        // the decision reached intake over ea.cases: no amendments any more
        await().atMost(Duration.ofSeconds(10)).until(() -> given().auth().oauth2(alice)
                .get(url(config.intakePort(), "/api/v1/requests/" + requestId)).jsonPath().get("decidedAt") != null);

        put(alice, caseId, "/gates/fda", "{\"route\": \"MAY_PROCEED_NOTICE\", \"receivedByFdaOn\": \"" + today
                + "\", \"noticeOn\": \"" + today + "\", \"indNumber\": \"123456\"}").then().statusCode(200);
        put(alice, caseId, "/gates/irb", "{\"route\": \"CONVENED_BOARD\", \"approvedOn\": \"" + today
                + "\", \"reference\": \"IRB-E2E\"}").then().statusCode(200);
        put(alice, caseId, "/gates/consent", "{\"signedOn\": \"" + today + "\"}").then().statusCode(200);
        put(tess, caseId, "/gates/dea", "{\"registrationNumber\": \"AB1234563\", \"scheduleI\": true,"
                + " \"storageSite\": \"Locked safe, room 4B\", \"verifiedOn\": \"" + today + "\"}").then().statusCode(200);
        get(tess, caseId).then().body("summary.status", equalTo("READY_TO_SHIP"));

        post(tess, caseId, "/transitions", "{\"to\": \"SHIPPED\", \"shipment\": {\"lot\": \"MDMA-E2E-1\", \"quantity\": 9,"
                + " \"trackingReference\": \"1Z999\"}}").then().statusCode(200).body("summary.status", equalTo("SHIPPED"));
        post(alice, caseId, "/transitions", "{\"to\": \"IN_TREATMENT\", \"treatmentStartedOn\": \"" + today + "\"}")
                .then().statusCode(200).body("summary.status", equalTo("IN_TREATMENT"));
        post(alice, caseId, "/sessions", "{\"type\": \"PREPARATORY\", \"number\": 1, \"date\": \"" + today + "\","
                + " \"therapists\": [\"Theo Lead\", \"Tara Co\"], \"cssrs\": \"NONE\"}").then().statusCode(201)
                .body("plan.size()", equalTo(15));
        // an adverse event with real tokens: its safety report deadline appears on the case
        post(alice, caseId, "/adverse-events", "{\"description\": \"Severe headache after the session\", \"onsetDate\": \""
                + today + "\", \"awareDate\": \"" + today + "\", \"serious\": true, \"unexpected\": true,"
                + " \"fatalOrLifeThreatening\": false, \"relation\": \"POSSIBLE\", \"outcome\": \"RECOVERING\"}")
                .then().statusCode(201).body("safetyReportRequired", equalTo(true));
        get(tess, caseId).then().body("deadlines.find { it.kind == 'SAFETY_REPORT' }.dueDate",
                equalTo(LocalDate.parse(today).plusDays(15).toString()));

        post(alice, caseId, "/transitions", "{\"to\": \"TREATMENT_COMPLETED\"}").then().statusCode(422);
        post(alice, caseId, "/transitions", "{\"to\": \"TREATMENT_COMPLETED\", \"earlyEndReason\": \"Ended after the"
                + " preparatory phase in this test\"}").then().statusCode(200);
        post(tess, caseId, "/transitions", "{\"to\": \"CLOSED\", \"summary\": {\"submittedOn\": \"" + today
                + "\", \"reference\": \"IND 123456 SN 0003\"}}").then().statusCode(200).body("summary.status", equalTo("CLOSED"));

        List<String> statuses = given().auth().oauth2(RunningSystem.password("audrey.audit"))
                .get(url(config.casePort(), "/api/v1/cases/" + caseId + "/audit")).then().statusCode(200).extract()
                .jsonPath().getList("findAll { it.action == 'STATUS_CHANGED' }.newValue");
        assertTrue(statuses.equals(List.of("SCREENING", "UNDER_REVIEW", "APPROVED", "AUTHORIZING", "READY_TO_SHIP",
                "SHIPPED", "IN_TREATMENT", "TREATMENT_COMPLETED", "CLOSED")), statuses.toString());
        given().auth().oauth2(RunningSystem.password("audrey.audit"))
                .get(url(config.casePort(), "/api/v1/cases/" + caseId + "/audit/verify")).then()
                .body("intact", equalTo(true));

        // Form 3926 from the real intake record, read with alice's token
        given().auth().oauth2(alice).get(url(config.casePort(), "/api/v1/cases/" + caseId + "/form-3926")).then()
                .statusCode(200).body("type", equalTo("FOLLOW_UP"))
                .body("fields.find { it.number == '4.b' }.value", org.hamcrest.Matchers.containsString("123456"));
        byte[] pdf = given().auth().oauth2(alice).accept("application/pdf")
                .get(url(config.casePort(), "/api/v1/cases/" + caseId + "/form-3926")).then().statusCode(200)
                .contentType(startsWith("application/pdf")).extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("08/22") && text.contains("Alice Anders"), text);
        }
    }

    @Test
    void anEmergencyCaseThroughFdaPhoneAuthorisation() {
        String alice = RunningSystem.password("dr.alice");
        String mark = RunningSystem.password("mark.reviewer");
        String emergency = RunningSystem.completeRequest().replace("\"emergency\": {\n    \"emergency\": false\n  }",
                "\"emergency\": {\n    \"emergency\": true, \"reason\": \"Acute deterioration; no time for a 30-day review.\","
                        + " \"fdaPhoneAuthorizationDate\": \"" + today + "\", \"fdaIndNumber\": \"654321\"\n  }");
        assertTrue(emergency.contains("654321"), "the example's emergency block was replaced");
        String requestId = RunningSystem.submit(alice, emergency);
        String caseId = RunningSystem.awaitCaseId(alice, requestId);
        // emergencies come first in the queue
        given().auth().oauth2(mark).get(url(config.casePort(), "/api/v1/cases?size=1")).then()
                .body("[0].emergency", equalTo(true));
        get(mark, caseId).then().body("gates.find { it.gate == 'FDA' }.satisfied", equalTo(true))
                .body("deadlines.find { it.kind == 'EMERGENCY_WRITTEN_SUBMISSION' }.source", equalTo("21 CFR 312.310(d)"));
        awaitStatus(mark, caseId, "UNDER_REVIEW");
        post(mark, caseId, "/transitions", "{\"to\": \"APPROVED\", \"loa\": {\"reference\": \"EA-LOA-EM\", \"issuedOn\": \""
                + today + "\"}}").then().statusCode(200);
        put(alice, caseId, "/gates/irb", "{\"route\": \"EMERGENCY_USE_NOTICE\"}").then().statusCode(200);
        put(alice, caseId, "/gates/consent", "{\"signedOn\": \"" + today + "\"}").then().statusCode(200);
        put(mark, caseId, "/gates/dea", "{\"registrationNumber\": \"AB1234563\", \"scheduleI\": true,"
                + " \"storageSite\": \"Pharmacy safe\", \"verifiedOn\": \"" + today + "\"}").then().statusCode(200);
        get(mark, caseId).then().body("summary.status", equalTo("READY_TO_SHIP"));
        post(mark, caseId, "/transitions", "{\"to\": \"SHIPPED\", \"shipment\": {\"lot\": \"MDMA-E2E-2\", \"quantity\": 3,"
                + " \"trackingReference\": \"COURIER-7\"}}").then().statusCode(200);
        post(alice, caseId, "/transitions", "{\"to\": \"IN_TREATMENT\", \"treatmentStartedOn\": \"" + today + "\"}")
                .then().statusCode(200);
        post(alice, caseId, "/sessions", "{\"type\": \"DOSING\", \"number\": 1, \"date\": \"" + today + "\","
                + " \"dose\": {\"initialMg\": 120, \"initialAt\": \"09:00\"}, \"therapists\": [\"Theo Lead\", \"Tara Co\"],"
                + " \"vitalSigns\": [{\"takenAt\": \"09:30\", \"systolic\": 130, \"diastolic\": 85, \"pulse\": 80,"
                + " \"temperatureC\": 37.0}], \"cssrs\": \"LOW\"}").then().statusCode(201);
        // first use without prior IRB review: the 5-working-day IRB notice is due
        get(alice, caseId).then().body("deadlines.find { it.kind == 'IRB_EMERGENCY_NOTICE' }.source",
                equalTo("21 CFR 56.104(c)"));
    }

    private Response get(String token, String caseId) {
        return given().auth().oauth2(token).get(url(config.casePort(), "/api/v1/cases/" + caseId));
    }

    private Response post(String token, String caseId, String path, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .post(url(config.casePort(), "/api/v1/cases/" + caseId + path));
    }

    private Response put(String token, String caseId, String path, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body)
                .put(url(config.casePort(), "/api/v1/cases/" + caseId + path));
    }

    private void awaitStatus(String token, String caseId, String status) {
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200)).until(() ->
                status.equals(get(token, caseId).jsonPath().getString("summary.status")));
    }
}
