package org.expandedaccess.notifications.rules;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessagesTest {

    static EventFacts statusChange(String newStatus) {
        EventFacts f = RoutingTableTest.facts(EventType.CASE_STATUS_CHANGED);
        return new EventFacts(f.eventId(), f.type(), OffsetDateTime.now(), f.requestId(), null, f.caseId(), "EA-2026-00042",
                "dr.alice", "ea-portal", true, false, "JD", null, null, "UNDER_REVIEW", newStatus, null, null);
    }

    @Test
    void everyEventAndAudienceHasATitleWhatHappenedAndWhatToDoNext() {
        for (EventType type : EventType.values()) {
            for (Audience audience : Audience.values()) {
                Message m = Messages.compose(RoutingTableTest.facts(type), audience, "https://ea.example/cases/1");
                assertFalse(m.title().isBlank() || m.whatHappened().isBlank() || m.whatNext().isBlank(), type + " " + audience);
                assertFalse((m.title() + m.whatHappened() + m.whatNext()).contains("null"), type + " " + audience + ": " + m);
            }
        }
    }

    @Test
    void theSubjectStartsWithTheCaseReferenceOnceThereIsOne() {
        Message m = Messages.compose(statusChange("APPROVED"), Audience.PHYSICIAN, "l");
        assertEquals("[EA-2026-00042] Case EA-2026-00042 is now APPROVED", m.subject());
        assertTrue(m.whatNext().contains("Form FDA 3926"), m.whatNext());
        EventFacts submitted = RoutingTableTest.facts(EventType.REQUEST_SUBMITTED);
        EventFacts noReference = new EventFacts("e", EventType.REQUEST_SUBMITTED, null, UUID.randomUUID(), 1, null, null,
                "dr.alice", "ea-portal", true, true, "JD", null, null, null, null, null, null);
        assertEquals("Emergency request received for patient JD", Messages.compose(noReference, Audience.PHYSICIAN, "l").subject());
        assertTrue(Messages.compose(submitted, Audience.SPONSOR_TRIAGE, "l").subject().contains("New expanded access request"));
    }

    @Test
    void informationRequestedTellsThePhysicianToAmend() {
        Message m = Messages.compose(statusChange("INFO_REQUESTED"), Audience.PHYSICIAN, "l");
        assertEquals("INFO_REQUESTED", m.kind());
        assertTrue(m.whatNext().contains("amend the request"));
    }

    @Test
    void anAdverseEventTellsTheSponsorTheSafetyReportDueDate() {
        Message m = Messages.compose(RoutingTableTest.facts(EventType.CASE_ADVERSE_EVENT_RECORDED), Audience.SPONSOR_TRIAGE, "l");
        assertTrue(m.title().startsWith("Serious adverse event"));
        assertTrue(m.whatNext().contains("2027-02-05") && m.whatNext().contains("312.32(c)"), m.whatNext());
    }
}
