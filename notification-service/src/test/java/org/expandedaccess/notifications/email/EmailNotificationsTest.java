package org.expandedaccess.notifications.email;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.expandedaccess.notifications.support.Events;
import org.expandedaccess.notifications.support.Mails;
import org.expandedaccess.notifications.support.Mails.Mail;
import org.expandedaccess.notifications.support.SmtpTestResource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.expandedaccess.infra.quarkus.TestTokens.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** E-mail through a real SMTP server (GreenMail), fed by real Kafka events built from docs/events/examples. */
@QuarkusTest
class EmailNotificationsTest {

    static final String ALICE = "alice@clinic.example";
    static final String TRIAGE = "triage@sponsor.example";
    static final String REVIEW = "medical-review@sponsor.example";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    EntityManager em;

    @Test
    void eachEventMailsTheRightPeopleWithReferenceInitialsLinkAndNextStep() {
        Events e = new Events(bootstrap).emergency(true);
        NewMail news = new NewMail(e.requestId);
        String submitted = e.send("request.submitted.v1");
        List<Mail> mails = news.next(2);
        Mail alice = only(ALICE, mails);
        assertEquals("Emergency request received for patient " + e.initials, alice.subject());
        assertTrue(alice.text().contains("What to do next: Nothing is needed from you now"), alice.text());
        assertTrue(alice.text().contains("http://cases.test/api/v1/cases?requestId=" + e.requestId), alice.text());
        assertTrue(alice.html().contains("Emergency use") && alice.html().contains("<h2>"), alice.html());
        assertEquals(EmailOutbox.messageId(submitted, ALICE, "notification-service.expanded-access"), alice.messageId());
        assertEquals("EMERGENCY: New expanded access request for patient " + e.initials, only(TRIAGE, mails).subject());
        assertTrue(only(TRIAGE, mails).text().contains("triage it today"), only(TRIAGE, mails).text());

        // the case opens: an inbox item only; from now on mails carry the reference and link to the case
        e.send("case.opened.v1");
        await().atMost(Duration.ofSeconds(20)).until(() -> inboxKinds("dr.alice", e.requestId).contains("CASE_OPENED"));
        ObjectNode needsReview = e.data("eligibility.determined.v1");
        needsReview.put("outcome", "NEEDS_REVIEW");
        e.send("eligibility.determined.v1", needsReview);
        mails = news.next(2);
        Mail outcome = only(ALICE, mails);
        assertEquals("[" + e.reference + "] Screening outcome for patient " + e.initials + ": NEEDS_REVIEW", outcome.subject());
        assertTrue(outcome.text().contains("http://cases.test/api/v1/cases/" + e.caseId), outcome.text());
        assertEquals("[" + e.reference + "] EMERGENCY: Medical review needed for patient " + e.initials,
                only(REVIEW, mails).subject());

        ObjectNode info = e.data("case.status-changed.v1");
        info.put("oldStatus", "UNDER_REVIEW").put("newStatus", "INFO_REQUESTED");
        e.send("case.status-changed.v1", info);
        Mail infoMail = only(ALICE, news.next(1));
        assertEquals("[" + e.reference + "] Information requested on case " + e.reference, infoMail.subject());
        assertTrue(infoMail.text().contains("then amend the request"), infoMail.text());

        ObjectNode sponsorDeadline = e.data("case.deadline-approaching.v1");
        ((ObjectNode) sponsorDeadline.get("deadline")).put("kind", "SPONSOR_ACKNOWLEDGEMENT").put("responsible", "SPONSOR");
        e.send("case.deadline-approaching.v1", sponsorDeadline);
        Mail approaching = only(TRIAGE, news.next(1)); // a sponsor's deadline is not the physician's business
        assertTrue(approaching.subject().contains("Deadline approaching on case " + e.reference), approaching.subject());
        assertTrue(approaching.text().contains("The sponsor is responsible"), approaching.text());

        e.send("case.deadline-missed.v1");
        mails = news.next(2);
        Mail missed = only(ALICE, mails);
        assertTrue(missed.subject().contains("Deadline missed on case " + e.reference
                + ": written submission to FDA after the emergency authorisation"), missed.subject());
        assertTrue(missed.text().contains("21 CFR 312.310(d)") && missed.text().contains("Act now"), missed.text());
        assertTrue(only(TRIAGE, mails).text().contains("escalate"), "the sponsor hears of the missed deadline too");

        e.send("case.adverse-event-recorded.v1");
        mails = news.next(2);
        assertEquals(Set.of(TRIAGE, REVIEW), recipients(mails));
        assertEquals("[" + e.reference + "] Serious adverse event recorded on case " + e.reference, mails.get(0).subject());
        assertTrue(mails.get(0).text().contains("file the IND safety report by 2027-02-05"), mails.get(0).text());

        e.send("eligibility.overridden.v1");
        mails = news.next(2);
        assertEquals(Set.of(ALICE, TRIAGE), recipients(mails));
        assertTrue(only(ALICE, mails).subject().endsWith("Screening outcome changed for patient " + e.initials + ": INELIGIBLE"));

        e.send("request.amended.v1");
        e.send("request.withdrawn.v1");
        mails = news.next(3);
        assertEquals(List.of(ALICE, ALICE, TRIAGE), mails.stream().map(Mail::to).sorted().toList(),
                "amendment: the physician only; withdrawal: the physician and the sponsor team");

        for (Mail m : Mails.about(e.requestId)) {
            // initials are the only patient data; no clinical facts, no free text of the events
            for (String leak : List.of("F43.10", "prazosin", "FEMALE", "sertraline", "LOA EA-LOA-0042", "QTc",
                    "Patient moved", "Updated CAPS-5")) {
                assertFalse(m.text().contains(leak) || m.html().contains(leak) || m.subject().contains(leak),
                        leak + " leaked into " + m.subject());
            }
            assertTrue(m.text().contains("What to do next:"), m.subject());
        }
    }

    /** The mails about a request that arrived since the last call (GreenMail lists them by mailbox, not by time). */
    static final class NewMail {
        private final String marker;
        private final Set<String> seen = new java.util.HashSet<>();

        NewMail(String marker) {
            this.marker = marker;
        }

        List<Mail> next(int count) {
            List<Mail> fresh = awaitMails(marker, seen.size() + count).stream()
                    .filter(m -> !seen.contains(m.messageId())).toList();
            assertEquals(count, fresh.size(), "new mails: " + fresh);
            fresh.forEach(m -> seen.add(m.messageId()));
            return fresh;
        }
    }

    static List<String> inboxKinds(String user, String requestId) {
        return given().auth().oauth2(token(user, "physician")).get("/api/v1/notifications?size=200").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.requestId == '" + requestId + "' }.kind");
    }

    @Test
    void aRedeliveredEventSendsNoSecondMailAndAddsNoSecondInboxItem() {
        Events e = new Events(bootstrap).physician("dr.dora");
        String id = e.send("request.submitted.v1");
        awaitMails(e.requestId, 2);
        e.send("request.submitted.v1", e.data("request.submitted.v1"), id);
        // a later event of the same request (same partition) proves the duplicate was consumed before we count
        e.send("request.amended.v1");
        awaitMails(e.requestId, 3);
        List<Mail> mails = Mails.about(e.requestId);
        assertEquals(3, mails.size(), "two for the submission, one for the amendment");
        assertEquals(1, Mails.to("dr.dora@clinic.example", mails).stream()
                .filter(m -> m.subject().startsWith("Request received")).count());
        List<Object> items = given().auth().oauth2(token("dr.dora", "physician")).get("/api/v1/notifications?size=200")
                .then().statusCode(200).extract().jsonPath().getList("findAll { it.requestId == '" + e.requestId + "' }");
        assertEquals(2, items.size(), "one item for the submission, one for the amendment");
    }

    @Test
    void mailWaitsWhileTheSmtpServerIsDownAndIsSentOnceWhenItIsBack() {
        Events e = new Events(bootstrap).physician("dr.erin");
        SmtpTestResource.stopServer();
        try {
            e.send("request.submitted.v1");
            await().atMost(Duration.ofSeconds(20)).until(() -> failedAttempts(e.requestId) >= 2);
        } finally {
            SmtpTestResource.restart();
        }
        List<Mail> mails = awaitMails(e.requestId, 2);
        assertEquals(Set.of("dr.erin@clinic.example", TRIAGE), recipients(mails));
        assertEquals(2, Mails.about(e.requestId).size(), "each mail once");
    }

    private long failedAttempts(String requestId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "select coalesce(min(attempts), 0) from email_message where status = 'PENDING' and last_error is not null"
                                + " and text_body like :marker")
                .setParameter("marker", "%" + requestId + "%").getSingleResult()).longValue());
    }

    static List<Mail> awaitMails(String marker, int count) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> Mails.about(marker).size() >= count);
        return Mails.about(marker);
    }

    static Mail only(String recipient, List<Mail> mails) {
        List<Mail> to = Mails.to(recipient, mails);
        assertEquals(1, to.size(), "mails to " + recipient + ": " + to);
        return to.get(0);
    }

    static Set<String> recipients(List<Mail> mails) {
        return mails.stream().map(Mail::to).collect(Collectors.toSet());
    }
}
