package org.expandedaccess.cases.lifecycle;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.expandedaccess.cases.audit.Actor;
import org.expandedaccess.cases.lifecycle.CaseTransitions.Transition;
import org.expandedaccess.cases.support.CaseFixtures;
import org.expandedaccess.platform.security.Caller;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.expandedaccess.infra.quarkus.TestTokens.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Generated from {@link CaseTransitions}: for every state, every target and every role, the API either
 * makes exactly the moves the table allows that role, or refuses (409 with the allowed next states for a
 * move nobody may make from there, 403 for a move another role makes) and changes nothing.
 */
@QuarkusTest
class TransitionTableTest {

    static final String OWNER = "dr.table";
    static final Map<String, String> USERS = Map.of(Caller.PHYSICIAN, OWNER, Caller.TRIAGER, "tess.triage",
            Caller.MEDICAL_REVIEWER, "mark.reviewer", Caller.AUDITOR, "audrey.audit");

    @Inject
    CaseFixtures fixtures;

    @Test
    void everyStateRoleAndTargetBehavesAsTheTableSays() {
        List<String> failures = new ArrayList<>();
        int allowed = 0;
        int refused = 0;
        for (CaseStatus from : CaseStatus.values()) {
            UUID untouched = fixtures.inState(from, OWNER, false);
            long auditBefore = fixtures.auditCount(untouched);
            for (String role : USERS.keySet()) {
                String token = token(USERS.get(role), role);
                for (CaseStatus to : CaseStatus.values()) {
                    var move = CaseTransitions.byPeople(from, to);
                    boolean mayMove = move.isPresent() && move.get().roles().contains(role);
                    UUID id = mayMove ? fixtures.inState(from, OWNER, false) : untouched;
                    Response r = given().auth().oauth2(token).contentType("application/json")
                            .body(bodyFor(to)).post("/api/v1/cases/" + id + "/transitions");
                    String where = from + " -> " + to + " as " + role + ": ";
                    if (mayMove) {
                        allowed++;
                        CaseStatus landed = fixtures.statusOf(id);
                        // approval moves on to AUTHORIZING by itself (table: APPROVED -> AUTHORIZING by system)
                        CaseStatus expected = to == CaseStatus.APPROVED ? CaseStatus.AUTHORIZING : to;
                        if (r.statusCode() != 200 || landed != expected) {
                            failures.add(where + "expected 200 and " + expected + ", got " + r.statusCode() + " and "
                                    + landed + " " + r.asString());
                        }
                    } else {
                        refused++;
                        int expectedStatus = role.equals(Caller.AUDITOR) || move.isPresent() ? 403 : 409;
                        if (r.statusCode() != expectedStatus) {
                            failures.add(where + "expected " + expectedStatus + ", got " + r.statusCode() + " " + r.asString());
                        } else if (expectedStatus == 409) {
                            Set<String> allowedNext = new TreeSet<>(r.jsonPath().getList("allowed", String.class));
                            Set<String> fromTable = new TreeSet<>();
                            CaseTransitions.nextFor(from, Set.of(role)).forEach(s -> fromTable.add(s.name()));
                            if (!allowedNext.equals(fromTable)) {
                                failures.add(where + "409 lists " + allowedNext + ", table says " + fromTable);
                            }
                        }
                    }
                }
            }
            if (fixtures.statusOf(untouched) != from || fixtures.auditCount(untouched) != auditBefore) {
                failures.add(from + ": a refused move changed the case");
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " mismatches:\n" + String.join("\n", failures));
        assertEquals(CaseTransitions.all().stream().filter(t -> !t.bySystem())
                .mapToInt(t -> t.roles().size()).sum(), allowed, "every (move, role) pair of the table was exercised");
        assertEquals(13 * 13 * 4 - allowed, refused);
    }

    @Test
    void systemMovesAreNeverAvailableToPeople() {
        for (Transition t : CaseTransitions.all()) {
            if (t.bySystem() && CaseTransitions.byPeople(t.from(), t.to()).isEmpty()) {
                UUID id = fixtures.inState(t.from(), OWNER, false);
                for (String role : List.of(Caller.TRIAGER, Caller.MEDICAL_REVIEWER, Caller.PHYSICIAN)) {
                    given().auth().oauth2(token(USERS.get(role), role)).contentType("application/json")
                            .body(bodyFor(t.to())).post("/api/v1/cases/" + id + "/transitions")
                            .then().statusCode(409);
                }
                assertEquals(t.from(), fixtures.statusOf(id), t + " stays with the system");
            }
        }
        assertTrue(CaseTransitions.all().stream().anyMatch(t -> t.roles().contains(Actor.SYSTEM)));
    }

    @Test
    void aPhysicianCannotMoveAnotherPhysiciansCase() {
        UUID id = fixtures.inState(CaseStatus.SHIPPED, OWNER, false);
        given().auth().oauth2(token("dr.other", Caller.PHYSICIAN)).contentType("application/json")
                .body(bodyFor(CaseStatus.IN_TREATMENT)).post("/api/v1/cases/" + id + "/transitions")
                .then().statusCode(404);
        given().auth().oauth2(token("ian.integrator", Caller.INTEGRATOR)).contentType("application/json")
                .body(bodyFor(CaseStatus.IN_TREATMENT)).post("/api/v1/cases/" + id + "/transitions")
                .then().statusCode(403);
        assertEquals(CaseStatus.SHIPPED, fixtures.statusOf(id));
    }

    /** A body that meets every requirement, so only legality and role decide. */
    static String bodyFor(CaseStatus to) {
        String today = LocalDate.now(java.time.ZoneId.of("America/New_York")).toString();
        return "{\"to\": \"" + to + "\", \"reason\": \"table test\","
                + " \"loa\": {\"reference\": \"EA-LOA-T\", \"issuedOn\": \"" + today + "\"},"
                + " \"shipment\": {\"lot\": \"L1\", \"quantity\": 9, \"trackingReference\": \"T1\"},"
                + " \"treatmentStartedOn\": \"" + today + "\", \"earlyEndReason\": \"table test\","
                + " \"summary\": {\"submittedOn\": \"" + today + "\", \"reference\": \"SN 0004\"}}";
    }
}
