package org.expandedaccess.notifications.rules;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.expandedaccess.notifications.rules.Audience.MEDICAL_REVIEWERS;
import static org.expandedaccess.notifications.rules.Audience.PHYSICIAN;
import static org.expandedaccess.notifications.rules.Audience.SPONSOR_TRIAGE;
import static org.expandedaccess.notifications.rules.Audience.SUBMITTING_CLIENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoutingTableTest {

    static EventFacts facts(EventType type) {
        return new EventFacts("e1", type, OffsetDateTime.now(), UUID.randomUUID(), 1, UUID.randomUUID(), "EA-2026-00042",
                "dr.alice", "his", true, false, "JD", "ELIGIBLE", "ELIGIBLE", "UNDER_REVIEW", "APPROVED",
                new EventFacts.Deadline("EMERGENCY_WRITTEN_SUBMISSION", LocalDate.of(2026, 12, 18), "PHYSICIAN",
                        "15 working days", "21 CFR 312.310(d)"),
                new EventFacts.AdverseEvent(true, true, false, "POSSIBLE", LocalDate.of(2027, 2, 5)));
    }

    static EventFacts with(EventFacts f, String outcome, String responsible) {
        return new EventFacts(f.eventId(), f.type(), f.occurredAt(), f.requestId(), f.requestVersion(), f.caseId(),
                f.reference(), f.physicianUsername(), f.submittedByClient(), f.clientKnown(), f.emergency(),
                f.patientInitials(), outcome, f.automaticOutcome(), f.oldStatus(), f.newStatus(),
                new EventFacts.Deadline("SPONSOR_ACKNOWLEDGEMENT", LocalDate.of(2026, 12, 1), responsible, "r", "s"),
                f.adverseEvent());
    }

    static Set<Audience> audiences(EventFacts f) {
        return RoutingTable.routesFor(f).stream().map(Route::audience).collect(Collectors.toSet());
    }

    @Test
    void everyEventTypeReachesSomeoneByEMailOrInboxAndTheSubmittingClientByWebhook() {
        for (EventType type : EventType.values()) {
            var routes = RoutingTable.routesFor(facts(type));
            assertTrue(routes.stream().anyMatch(r -> r.channels().contains(Channel.INBOX)), type + " reaches an inbox");
            assertTrue(routes.stream().anyMatch(r -> r.audience() == SUBMITTING_CLIENT
                    && r.channels().equals(Set.of(Channel.WEBHOOK))), type + " goes to the submitting client");
            assertTrue(routes.stream().noneMatch(r -> r.audience() != SUBMITTING_CLIENT && r.channels().contains(Channel.WEBHOOK)),
                    "webhooks only to the submitting client");
        }
    }

    @Test
    void medicalReviewersHearOfNeedsReviewOnly() {
        EventFacts determined = facts(EventType.ELIGIBILITY_DETERMINED);
        assertEquals(Set.of(PHYSICIAN, SUBMITTING_CLIENT), audiences(with(determined, "ELIGIBLE", "PHYSICIAN")));
        assertEquals(Set.of(PHYSICIAN, SUBMITTING_CLIENT), audiences(with(determined, "INELIGIBLE", "PHYSICIAN")));
        assertEquals(Set.of(PHYSICIAN, MEDICAL_REVIEWERS, SUBMITTING_CLIENT),
                audiences(with(determined, "NEEDS_REVIEW", "PHYSICIAN")));
    }

    @Test
    void aDeadlineReachesThePhysicianOnlyWhenTheyMustActButTheSponsorTeamAlways() {
        for (EventType type : new EventType[] {EventType.CASE_DEADLINE_APPROACHING, EventType.CASE_DEADLINE_MISSED}) {
            EventFacts f = facts(type);
            assertEquals(Set.of(PHYSICIAN, SPONSOR_TRIAGE, SUBMITTING_CLIENT), audiences(with(f, null, "PHYSICIAN")));
            assertEquals(Set.of(SPONSOR_TRIAGE, SUBMITTING_CLIENT), audiences(with(f, null, "SPONSOR")));
        }
    }

    @Test
    void theSponsorTeamHearsOfNewRequestsOverridesAdverseEventsAndWithdrawalsButNotOfRoutineCaseChanges() {
        assertTrue(audiences(facts(EventType.REQUEST_SUBMITTED)).contains(SPONSOR_TRIAGE));
        assertTrue(audiences(facts(EventType.ELIGIBILITY_OVERRIDDEN)).contains(SPONSOR_TRIAGE));
        assertEquals(Set.of(PHYSICIAN, SPONSOR_TRIAGE, MEDICAL_REVIEWERS, SUBMITTING_CLIENT),
                audiences(facts(EventType.CASE_ADVERSE_EVENT_RECORDED)));
        assertTrue(audiences(facts(EventType.REQUEST_WITHDRAWN)).contains(SPONSOR_TRIAGE));
        assertEquals(Set.of(PHYSICIAN, SUBMITTING_CLIENT), audiences(facts(EventType.CASE_STATUS_CHANGED)));
        assertEquals(Set.of(PHYSICIAN, SUBMITTING_CLIENT), audiences(facts(EventType.CASE_OPENED)));
    }

    @Test
    void everyCloudEventsTypeIsKnownByItsVersionedName() {
        assertTrue(Arrays.stream(EventType.values()).allMatch(t -> t.ceType().matches("org\\.expandedaccess\\.[a-z.-]+\\.v1")));
        assertEquals(EventType.CASE_DEADLINE_MISSED, EventType.ofCeType("org.expandedaccess.case.deadline-missed.v1").orElseThrow());
        assertTrue(EventType.ofCeType("org.expandedaccess.case.deadline-missed.v2").isEmpty());
    }
}
