package org.expandedaccess.cases.triage;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.expandedaccess.cases.lifecycle.CaseStatus;
import org.expandedaccess.cases.support.CaseFixtures;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.expandedaccess.infra.quarkus.TestTokens.token;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The queue: filters, order, assignment and notes (docs/regulatory/roles-and-permissions.md). */
@QuarkusTest
class TriageTest {

    @Inject
    CaseFixtures fixtures;
    @Inject
    EntityManager em;

    @Test
    void theQueueOrdersEmergenciesThenTheNearestDueDateThenAge() {
        String physician = "dr.queue1";
        UUID oldNoDue = fixtures.inState(CaseStatus.UNDER_REVIEW, physician, false);
        UUID dueLater = fixtures.inState(CaseStatus.UNDER_REVIEW, physician, false);
        UUID dueSoon = fixtures.inState(CaseStatus.UNDER_REVIEW, physician, false);
        UUID emergency = fixtures.inState(CaseStatus.UNDER_REVIEW, physician, true);
        setDue(dueLater, LocalDate.of(2027, 5, 1));
        setDue(dueSoon, LocalDate.of(2027, 4, 1));
        List<String> order = given().auth().oauth2(token(physician, "physician")).get("/api/v1/cases?size=200")
                .then().statusCode(200).extract().jsonPath().getList("id");
        assertEquals(List.of(emergency.toString(), dueSoon.toString(), dueLater.toString(), oldNoDue.toString()), order);
    }

    @Test
    void filtersCombine() {
        String physician = "dr.queue2";
        UUID a = fixtures.inState(CaseStatus.UNDER_REVIEW, physician, false);
        UUID b = fixtures.inState(CaseStatus.AUTHORIZING, physician, true);
        setOverdue(b);
        given().auth().oauth2(token("tess.triage", "triager")).contentType("application/json")
                .body("{\"assignee\": \"mark.reviewer\"}").put("/api/v1/cases/" + a + "/assignee").then().statusCode(200)
                .body("assignee", equalTo("mark.reviewer"));
        String t = token("tess.triage", "triager");
        given().auth().oauth2(t).get("/api/v1/cases?assignee=mark.reviewer&size=200").then()
                .body("id", hasItem(a.toString())).body("id", not(hasItem(b.toString())));
        given().auth().oauth2(t).get("/api/v1/cases?status=AUTHORIZING&status=READY_TO_SHIP&size=200").then()
                .body("id", hasItem(b.toString())).body("id", not(hasItem(a.toString())));
        given().auth().oauth2(t).get("/api/v1/cases?emergency=true&overdue=true&size=200").then()
                .body("id", hasItem(b.toString())).body("id", not(hasItem(a.toString())));
        given().auth().oauth2(t).get("/api/v1/cases?eligibilityOutcome=ELIGIBLE&size=200").then()
                .body("id", hasItem(a.toString()));
        given().auth().oauth2(t).get("/api/v1/cases?eligibilityOutcome=INELIGIBLE&size=200").then()
                .body("id", not(hasItem(a.toString())));
        given().auth().oauth2(t).get("/api/v1/cases?status=SOMETHING").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        given().auth().oauth2(t).get("/api/v1/cases?eligibilityOutcome=MAYBE").then().statusCode(400);
        given().auth().oauth2(t).get("/api/v1/cases?requestId=42").then().statusCode(400)
                .body("errors[0].field", equalTo("requestId"));
        String requestOfA = given().auth().oauth2(t).get("/api/v1/cases/" + a).jsonPath().getString("summary.requestId");
        given().auth().oauth2(t).get("/api/v1/cases?requestId=" + requestOfA).then()
                .body("id", equalTo(List.of(a.toString())));
        given().auth().oauth2(token("dr.someone", "physician")).get("/api/v1/cases?requestId=" + requestOfA).then()
                .statusCode(200).body("size()", equalTo(0));
        given().auth().oauth2(t).get("/api/v1/cases/summary").then().body("openOverdue", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
    }

    @Test
    void assignmentIsForTriagersAndMedicalReviewers() {
        UUID id = fixtures.inState(CaseStatus.UNDER_REVIEW, "dr.queue3", false);
        given().auth().oauth2(token("dr.queue3", "physician")).contentType("application/json")
                .body("{\"assignee\": \"dr.queue3\"}").put("/api/v1/cases/" + id + "/assignee").then().statusCode(403);
        given().auth().oauth2(token("audrey.audit", "auditor")).contentType("application/json")
                .body("{\"assignee\": \"x\"}").put("/api/v1/cases/" + id + "/assignee").then().statusCode(403);
        given().auth().oauth2(token("mark.reviewer", "medical-reviewer")).contentType("application/json")
                .body("{\"assignee\": \"bad name!\"}").put("/api/v1/cases/" + id + "/assignee").then().statusCode(422);
        given().auth().oauth2(token("mark.reviewer", "medical-reviewer")).contentType("application/json")
                .body("{\"assignee\": \"mark.reviewer\"}").put("/api/v1/cases/" + id + "/assignee").then().statusCode(200);
        given().auth().oauth2(token("mark.reviewer", "medical-reviewer")).contentType("application/json")
                .body("{\"assignee\": null}").put("/api/v1/cases/" + id + "/assignee").then().statusCode(200)
                .body("assignee", equalTo(null));
        given().auth().oauth2(token("tess.triage", "triager")).contentType("application/json")
                .body("{\"assignee\": \"x\"}").put("/api/v1/cases/" + UUID.randomUUID() + "/assignee").then().statusCode(404);
    }

    @Test
    void notesAreForSponsorStaffUnlessMarkedForThePhysician() {
        UUID id = fixtures.inState(CaseStatus.UNDER_REVIEW, "dr.queue4", false);
        note(id, "internal: check QTc", false);
        note(id, "Please send the latest ECG", true);
        given().auth().oauth2(token("dr.queue4", "physician")).get("/api/v1/cases/" + id + "/notes").then().statusCode(200)
                .body("text", equalTo(List.of("Please send the latest ECG")));
        given().auth().oauth2(token("dr.queue4", "physician")).get("/api/v1/cases/" + id).then()
                .body("notes.text", equalTo(List.of("Please send the latest ECG")));
        given().auth().oauth2(token("audrey.audit", "auditor")).get("/api/v1/cases/" + id + "/notes").then()
                .body("size()", equalTo(2));
        given().auth().oauth2(token("dr.queue4", "physician")).contentType("application/json")
                .body("{\"text\": \"hi\"}").post("/api/v1/cases/" + id + "/notes").then().statusCode(403);
        given().auth().oauth2(token("tess.triage", "triager")).contentType("application/json")
                .body("{\"text\": \"  \"}").post("/api/v1/cases/" + id + "/notes").then().statusCode(422)
                .body("errors[0].field", equalTo("text"));
        given().auth().oauth2(token("tess.triage", "triager")).contentType("application/json")
                .body("{\"text\": \"" + "x".repeat(4001) + "\"}").post("/api/v1/cases/" + id + "/notes").then().statusCode(422);
        given().auth().oauth2(token("dr.other", "physician")).get("/api/v1/cases/" + id + "/notes").then().statusCode(404);
    }

    @Test
    void theCasePageSaysWhatHappensNextAndWhoDoesIt() {
        UUID id = fixtures.inState(CaseStatus.UNDER_REVIEW, "dr.queue5", false);
        given().auth().oauth2(token("dr.queue5", "physician")).get("/api/v1/cases/" + id).then().statusCode(200)
                .body("summary.status", equalTo("UNDER_REVIEW"))
                .body("nextAction.owner", equalTo("SPONSOR"))
                .body("gates.size()", equalTo(5))
                .body("allowedTransitions", equalTo(List.of()));
        given().auth().oauth2(token("tess.triage", "triager")).get("/api/v1/cases/" + id).then()
                .body("allowedTransitions", equalTo(List.of("INFO_REQUESTED", "APPROVED", "DECLINED")));
    }

    private void note(UUID id, String text, boolean forPhysician) {
        given().auth().oauth2(token("tess.triage", "triager")).contentType("application/json")
                .body("{\"text\": \"" + text + "\", \"visibleToPhysician\": " + forPhysician + "}")
                .post("/api/v1/cases/" + id + "/notes").then().statusCode(201);
    }

    @Transactional
    void setDue(UUID id, LocalDate due) {
        em.createNativeQuery("update ea_case set next_due_date = :d where id = :id").setParameter("d", due)
                .setParameter("id", id).executeUpdate();
    }

    @Transactional
    void setOverdue(UUID id) {
        em.createNativeQuery("update ea_case set overdue = true where id = :id").setParameter("id", id).executeUpdate();
    }
}
