package org.expandedaccess.cases.deadlines;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.expandedaccess.cases.lifecycle.CaseStatus;
import org.expandedaccess.cases.support.CaseFixtures;
import org.expandedaccess.cases.support.Cases;
import org.expandedaccess.cases.support.TestClock;
import org.expandedaccess.infra.TestEvents;
import org.expandedaccess.infra.TopicReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.expandedaccess.infra.quarkus.TestTokens.token;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Deadline rules at their edges on a controlled clock, and the approaching/missed events once each. */
@QuarkusTest
class DeadlinesTest {

    static final ZoneId NY = ZoneId.of("America/New_York");

    @Inject
    TestClock clock;
    @Inject
    DeadlineMonitor monitor;
    @Inject
    CaseFixtures fixtures;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void acknowledgementIsDueTwoWorkingDaysAfterSubmissionAndMetByTheFirstSponsorAction() {
        // the next Monday morning in New York: the deadline is still open (on the real clock it fell due on
        // 2026-12-01 and the test failed from the day after)
        clock.setTo(ZonedDateTime.of(2026, 11, 30, 9, 0, 0, 0, NY).toInstant());
        String requestId = TestEvents.sendRequestSubmitted(bootstrap, UUID.randomUUID().toString(), "dr.dl1", "AB", false);
        String caseId = Cases.awaitCase("dr.dl1", requestId);
        List<Map<String, Object>> deadlines = deadlines("dr.dl1", caseId);
        Map<String, Object> ack = deadlines.stream().filter(d -> "SPONSOR_ACKNOWLEDGEMENT".equals(d.get("kind"))).findFirst().orElseThrow();
        // submitted 2026-11-27T17:30Z (the event's submittedAt), Friday 12:30 in New York: the weekend does not count
        assertEquals("2026-12-01", ack.get("dueDate"));
        assertEquals("FD&C Act 561A (sponsor's published policy; program default 2 business days)", ack.get("source"));
        assertEquals("SPONSOR", ack.get("responsible"));
        assertEquals("OPEN", ack.get("status"));
        given().auth().oauth2(token("tess.triage", "triager")).contentType("application/json")
                .body("{\"assignee\": \"tess.triage\"}").put("/api/v1/cases/" + caseId + "/assignee").then().statusCode(200);
        given().auth().oauth2(token("dr.dl1", "physician")).get("/api/v1/cases/" + caseId + "/deadlines").then()
                .body("find { it.kind == 'SPONSOR_ACKNOWLEDGEMENT' }.status", equalTo("MET"));
    }

    @Test
    void emergencyAuthorisationOpensTheFifteenWorkingDaySubmissionAndAnnualReport() {
        clock.setTo(ZonedDateTime.of(2027, 1, 5, 9, 0, 0, 0, NY).toInstant());
        UUID id = fixtures.inState(CaseStatus.UNDER_REVIEW, "dr.dl2", true);
        // authorised Friday 2026-12-18: 15 working days skip Christmas (Fri 25th) and New Year's Day (Fri 1 Jan)
        given().auth().oauth2(token("dr.dl2", "physician")).contentType("application/json")
                .body("{\"route\": \"EMERGENCY_AUTHORIZATION\", \"authorizedOn\": \"2026-12-18\", \"indNumber\": \"123456\"}")
                .put("/api/v1/cases/" + id + "/gates/fda").then().statusCode(200);
        List<Map<String, Object>> deadlines = deadlines("dr.dl2", id.toString());
        Map<String, Object> written = byKind(deadlines, "EMERGENCY_WRITTEN_SUBMISSION");
        assertEquals("2027-01-12", written.get("dueDate"));
        assertEquals("21 CFR 312.310(d)", written.get("source"));
        assertEquals("2028-02-16", byKind(deadlines, "ANNUAL_REPORT").get("dueDate"), "anniversary 2027-12-18 + 60 days");
        // the physician marks it met; a triager may not (it is the physician's)
        String deadlineId = (String) written.get("id");
        given().auth().oauth2(token("tess.triage", "triager")).contentType("application/json")
                .body("{\"metOn\": \"2026-12-20\", \"note\": \"x\"}")
                .post("/api/v1/cases/" + id + "/deadlines/" + deadlineId + "/met").then().statusCode(403);
        given().auth().oauth2(token("dr.dl2", "physician")).contentType("application/json")
                .body("{\"metOn\": \"2026-12-20\"}")
                .post("/api/v1/cases/" + id + "/deadlines/" + deadlineId + "/met").then().statusCode(422);
        given().auth().oauth2(token("dr.dl2", "physician")).contentType("application/json")
                .body("{\"metOn\": \"2026-12-20\", \"note\": \"3926 and LOA sent, SN 0001\"}")
                .post("/api/v1/cases/" + id + "/deadlines/" + deadlineId + "/met").then().statusCode(200)
                .body("find { it.kind == 'EMERGENCY_WRITTEN_SUBMISSION' }.status", equalTo("MET"))
                .body("find { it.kind == 'EMERGENCY_WRITTEN_SUBMISSION' }.metOn", equalTo("2026-12-20"));
    }

    @Test
    void approachingAndMissedArePublishedOnceEachEvenWhenSeveralCheckersRunAtOnce() throws Exception {
        UUID id = fixtures.inState(CaseStatus.UNDER_REVIEW, "dr.dl3", true);
        // recorded on the day of the phone authorisation: a gate cannot record a day still to come
        clock.setTo(ZonedDateTime.of(2027, 3, 1, 15, 0, 0, 0, NY).toInstant());
        given().auth().oauth2(token("dr.dl3", "physician")).contentType("application/json")
                .body("{\"route\": \"EMERGENCY_AUTHORIZATION\", \"authorizedOn\": \"2027-03-01\", \"indNumber\": \"123456\"}")
                .put("/api/v1/cases/" + id + "/gates/fda").then().statusCode(200);
        // due 2027-03-22 (15 working days after Monday 1 March); lead 2 working days -> approaching from Thursday 18th
        assertEquals("2027-03-22", byKind(deadlines("dr.dl3", id.toString()), "EMERGENCY_WRITTEN_SUBMISSION").get("dueDate"));
        clock.setTo(ZonedDateTime.of(2027, 3, 17, 9, 0, 0, 0, NY).toInstant());
        runConcurrently(4);
        assertEquals(0, approaching(id), "three working days ahead: not yet");
        clock.setTo(ZonedDateTime.of(2027, 3, 18, 9, 0, 0, 0, NY).toInstant());
        runConcurrently(4);
        assertEquals(1, approaching(id), "two working days ahead: once, by one of four checkers");
        runConcurrently(2);
        assertEquals(1, approaching(id), "not again on the next pass (the mark is in the database, as after a restart)");
        clock.setTo(ZonedDateTime.of(2027, 3, 22, 23, 59, 0, 0, NY).toInstant());
        runConcurrently(2);
        assertEquals(0, missed(id), "the due day itself is not missed");
        clock.setTo(ZonedDateTime.of(2027, 3, 23, 0, 1, 0, 0, NY).toInstant());
        runConcurrently(4);
        assertEquals(1, missed(id), "missed once");
        runConcurrently(2);
        assertEquals(1, missed(id));
        assertEquals(1, approaching(id));

        given().auth().oauth2(token("tess.triage", "triager")).get("/api/v1/cases/" + id).then()
                .body("summary.overdue", equalTo(true))
                .body("deadlines.find { it.kind == 'EMERGENCY_WRITTEN_SUBMISSION' }.status", equalTo("OVERDUE"));
        given().auth().oauth2(token("tess.triage", "triager")).get("/api/v1/cases?overdue=true&size=200").then()
                .body("id", hasItem(id.toString()));

        String requestId = given().auth().oauth2(token("tess.triage", "triager")).get("/api/v1/cases/" + id)
                .jsonPath().getString("summary.requestId");
        List<ConsumerRecord<String, String>> records = TopicReader.read(bootstrap, "ea.cases", Duration.ofSeconds(20),
                rs -> rs.stream().filter(r -> requestId.equals(r.key()) && TopicReader.header(r, "ce_type").contains("deadline")).count() >= 2);
        List<ConsumerRecord<String, String>> mine = records.stream()
                .filter(r -> requestId.equals(r.key()) && TopicReader.header(r, "ce_type").contains("deadline")).toList();
        assertEquals(List.of(DeadlineEvents.APPROACHING, DeadlineEvents.MISSED),
                mine.stream().map(r -> TopicReader.header(r, "ce_type")).toList());
        for (ConsumerRecord<String, String> r : mine) {
            org.expandedaccess.cases.support.Schemas.assertValid(TopicReader.header(r, "ce_type"), r.value());
        }
    }

    /** Runs {@code n} deadline checks in parallel, as n instances would; returns the events each published. */
    private List<Integer> runConcurrently(int n) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Callable<Integer>> checks = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                checks.add(monitor::check);
            }
            List<Integer> published = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(checks)) {
                published.add(f.get());
            }
            return published;
        } finally {
            pool.shutdown();
        }
    }

    private long approaching(UUID id) {
        return fixtures.outboxEvents(id, DeadlineEvents.APPROACHING);
    }

    private long missed(UUID id) {
        return fixtures.outboxEvents(id, DeadlineEvents.MISSED);
    }

    private List<Map<String, Object>> deadlines(String physician, String caseId) {
        return given().auth().oauth2(token(physician, "physician")).get("/api/v1/cases/" + caseId + "/deadlines")
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    private static Map<String, Object> byKind(List<Map<String, Object>> deadlines, String kind) {
        return deadlines.stream().filter(d -> kind.equals(d.get("kind"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in " + deadlines));
    }
}
