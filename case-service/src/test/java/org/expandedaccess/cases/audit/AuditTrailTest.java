package org.expandedaccess.cases.audit;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.expandedaccess.cases.lifecycle.CaseStatus;
import org.expandedaccess.cases.support.CaseFixtures;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.expandedaccess.infra.quarkus.TestTokens.token;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The append-only, hash-chained audit trail (docs/regulatory/records-and-privacy.md) and who may read it. */
@QuarkusTest
class AuditTrailTest {

    @Inject
    CaseFixtures fixtures;

    @Test
    void everyChangeIsAnEntryChainedToTheOneBefore() {
        UUID id = caseWithFourEntries("dr.audit1");
        List<Map<String, Object>> entries = given().auth().oauth2(token("audrey.audit", "auditor"))
                .get("/api/v1/cases/" + id + "/audit").then().statusCode(200).extract().jsonPath().getList("$");
        assertEquals(4, entries.size());
        assertEquals(List.of("ASSIGNED", "NOTE_ADDED", "STATUS_CHANGED", "STATUS_CHANGED"),
                entries.stream().map(e -> e.get("action")).toList());
        assertEquals(AuditTrail.GENESIS, entries.get(0).get("prevHash"));
        for (int i = 1; i < entries.size(); i++) {
            assertEquals(entries.get(i - 1).get("hash"), entries.get(i).get("prevHash"));
            assertEquals(i + 1, entries.get(i).get("seq"));
        }
        Map<String, Object> decline = entries.get(2);
        assertEquals("tess.triage", decline.get("actor"));
        assertEquals("triager", decline.get("role"));
        assertEquals("UNDER_REVIEW", decline.get("oldValue"));
        assertEquals("INFO_REQUESTED", decline.get("newValue"));
        // the triager's words are not hashed into the trail as text: their SHA-256 is, the words are kept beside it
        assertEquals(null, decline.get("reason"));
        assertEquals("Need the ECG", decline.get("statement"));
        assertEquals(AuditTrail.sha256("Need the ECG".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                decline.get("statementSha256"));
        assertEquals(null, entries.get(0).get("statementSha256"), "an assignment has no words");
        given().auth().oauth2(token("audrey.audit", "auditor")).get("/api/v1/cases/" + id + "/audit/verify")
                .then().statusCode(200).body("intact", equalTo(true)).body("entries", equalTo(4))
                .body("brokenAtSeq", nullValue());
    }

    @Test
    void tamperingWithARowInTheDatabaseBreaksVerificationAtThatEntry() {
        UUID id = caseWithFourEntries("dr.audit2");
        fixtures.tamper(id, 3, "DECLINED");
        given().auth().oauth2(token("audrey.audit", "auditor")).get("/api/v1/cases/" + id + "/audit/verify")
                .then().statusCode(200).body("intact", equalTo(false)).body("brokenAtSeq", equalTo(3))
                .body("problem", org.hamcrest.Matchers.containsString("altered"));
        // an untouched case still verifies
        UUID other = caseWithFourEntries("dr.audit3");
        given().auth().oauth2(token("tess.triage", "triager")).get("/api/v1/cases/" + other + "/audit/verify")
                .then().body("intact", equalTo(true));
    }

    @Test
    void wordsKeptBesideTheTrailThatNoLongerMatchTheirHashBreakVerification() {
        UUID id = caseWithFourEntries("dr.audit6");
        assertEquals("No reply", fixtures.statement(id, 4));
        fixtures.rewriteStatement(id, 4, "Never replied to three reminders");
        given().auth().oauth2(token("audrey.audit", "auditor")).get("/api/v1/cases/" + id + "/audit/verify")
                .then().statusCode(200).body("intact", equalTo(false)).body("brokenAtSeq", equalTo(4))
                .body("problem", org.hamcrest.Matchers.containsString("words"));
    }

    @Test
    void theDatabaseRefusesToUpdateOrDeleteEntries() {
        UUID id = caseWithFourEntries("dr.audit4");
        assertThrows(Exception.class, () -> fixtures.updateAuditRow(id, 2));
        assertThrows(Exception.class, () -> fixtures.deleteAuditRows(id));
        assertEquals(4, fixtures.auditCount(id));
        given().auth().oauth2(token("dr.audit4", "physician")).get("/api/v1/cases/" + id + "/audit/verify")
                .then().body("intact", equalTo(true));
    }

    @Test
    void readersAreSponsorStaffAuditorsAndTheOwningPhysician() {
        UUID id = caseWithFourEntries("dr.audit5");
        for (String[] reader : new String[][] {{"audrey.audit", "auditor"}, {"tess.triage", "triager"},
                {"mark.reviewer", "medical-reviewer"}, {"dr.audit5", "physician"}}) {
            given().auth().oauth2(token(reader[0], reader[1])).get("/api/v1/cases/" + id + "/audit").then().statusCode(200);
            given().auth().oauth2(token(reader[0], reader[1])).get("/api/v1/cases/" + id + "/audit/verify").then().statusCode(200);
        }
        given().auth().oauth2(token("dr.other", "physician")).get("/api/v1/cases/" + id + "/audit").then().statusCode(404);
        given().auth().oauth2(token("dr.other", "physician")).get("/api/v1/cases/" + id + "/audit/verify").then().statusCode(404);
        given().auth().oauth2(token("ian.integrator", "integrator")).get("/api/v1/cases/" + id + "/audit").then().statusCode(403);
        given().get("/api/v1/cases/" + id + "/audit").then().statusCode(401);
        // the physician reads that a sponsor-only note exists, never its text
        String trail = given().auth().oauth2(token("dr.audit5", "physician")).get("/api/v1/cases/" + id + "/audit").asString();
        assertNotEquals(-1, trail.indexOf("sponsor staff only"));
        assertEquals(-1, trail.indexOf("internal remark"));
    }

    /** assigned, a sponsor-only note, -> INFO_REQUESTED, -> DECLINED: four entries. */
    private UUID caseWithFourEntries(String physician) {
        UUID id = fixtures.inState(CaseStatus.UNDER_REVIEW, physician, false);
        given().auth().oauth2(token("tess.triage", "triager")).contentType("application/json")
                .body("{\"assignee\": \"mark.reviewer\"}").put("/api/v1/cases/" + id + "/assignee").then().statusCode(200);
        given().auth().oauth2(token("tess.triage", "triager")).contentType("application/json")
                .body("{\"text\": \"internal remark\", \"visibleToPhysician\": false}").post("/api/v1/cases/" + id + "/notes")
                .then().statusCode(201);
        given().auth().oauth2(token("tess.triage", "triager")).contentType("application/json")
                .body("{\"to\": \"INFO_REQUESTED\", \"reason\": \"Need the ECG\"}").post("/api/v1/cases/" + id + "/transitions")
                .then().statusCode(200);
        given().auth().oauth2(token("mark.reviewer", "medical-reviewer")).contentType("application/json")
                .body("{\"to\": \"DECLINED\", \"reason\": \"No reply\"}").post("/api/v1/cases/" + id + "/transitions")
                .then().statusCode(200);
        return id;
    }
}
