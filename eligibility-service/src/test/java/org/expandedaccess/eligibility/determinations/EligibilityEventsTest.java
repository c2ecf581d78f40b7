package org.expandedaccess.eligibility.determinations;

import org.expandedaccess.eligibility.rules.Outcome;
import org.expandedaccess.platform.outbox.DomainEvent;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each factory names its topic, key and type; the payloads themselves are checked against the schemas in the flow tests. */
class EligibilityEventsTest {

    private static final UUID REQUEST = UUID.fromString("3f1c2a9e-5b7d-4c1a-9e2f-6a8b0c4d2e11");

    @Test
    void determinedAndOverriddenGoToTheEligibilityTopicKeyedByTheRequest() {
        Determination d = new Determination();
        d.id = UUID.randomUUID();
        d.requestId = REQUEST;
        d.requestVersion = 2;
        d.programId = "mdma-ptsd";
        d.programVersion = "2026.1";
        d.outcome = Outcome.NEEDS_REVIEW;
        d.determinedAt = OffsetDateTime.parse("2026-11-02T10:15:30Z");
        ScreenedRequest request = new ScreenedRequest();
        request.requestId = REQUEST;
        request.physicianId = "subject-1";
        request.physicianUsername = "dr.alice";

        DomainEvent determined = EligibilityEvents.determined(d, request, List.of("low-weight"), List.of());
        assertEquals("ea.eligibility", determined.topic());
        assertEquals(REQUEST.toString(), determined.key());
        assertEquals("org.expandedaccess.eligibility.determined.v1", determined.type());
        var payload = (EligibilityEvents.EligibilityDetermined) determined.payload();
        assertEquals(new RequestContent.Physician("subject-1", "dr.alice"), payload.physician());
        assertEquals(List.of("low-weight"), payload.decidingCriteria());
        assertEquals(2, payload.requestVersion());

        Review r = new Review();
        r.id = UUID.randomUUID();
        r.requestId = REQUEST;
        r.outcome = Outcome.ELIGIBLE;
        r.justification = "Weight is stable and the dose is adjusted.";
        r.reviewerId = "subject-2";
        r.reviewerUsername = "dr.rivera";
        r.reviewedAt = OffsetDateTime.parse("2026-11-03T09:00:00Z");
        DomainEvent overridden = EligibilityEvents.overridden(r, d);
        assertEquals("ea.eligibility", overridden.topic());
        assertEquals(REQUEST.toString(), overridden.key());
        assertEquals("org.expandedaccess.eligibility.overridden.v1", overridden.type());
        var o = (EligibilityEvents.EligibilityOverridden) overridden.payload();
        assertEquals(Outcome.NEEDS_REVIEW, o.automaticOutcome());
        assertEquals(Outcome.ELIGIBLE, o.outcome());
        assertEquals(d.id, o.determinationId());
        assertEquals(new EligibilityEvents.Reviewer("subject-2", "dr.rivera"), o.reviewer());
    }
}
