package org.expandedaccess.notifications.rules;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What a notification may say about one event, read from any of the three topics: identifiers,
 * owner, submitting client, case reference, patient initials (the only patient data) and the coded
 * facts of the event. Free text (reasons, justifications) is never carried.
 *
 * @param clientKnown whether {@code submittedByClient} is known (eligibility events do not carry it)
 */
public record EventFacts(String eventId, EventType type, OffsetDateTime occurredAt,
                         UUID requestId, Integer requestVersion, UUID caseId, String reference,
                         String physicianUsername, String submittedByClient, boolean clientKnown,
                         Boolean emergency, String patientInitials,
                         String outcome, String automaticOutcome, String oldStatus, String newStatus,
                         Deadline deadline, AdverseEvent adverseEvent) {

    /** A regulatory deadline of a case (deadline events). */
    public record Deadline(String kind, LocalDate dueDate, String responsible, String rule, String source) {

        public boolean physicianMustAct() {
            return "PHYSICIAN".equals(responsible);
        }
    }

    /** Coded facts of a recorded adverse event (never its description). */
    public record AdverseEvent(boolean serious, boolean unexpected, boolean fatalOrLifeThreatening, String relation,
                               LocalDate safetyReportDueDate) {
    }

    public boolean emergencyUse() {
        return Boolean.TRUE.equals(emergency);
    }

    /** These facts, with what the event lacks filled in from what earlier events taught. */
    public EventFacts enrichedWith(KnownRequest known) {
        if (known == null) {
            return this;
        }
        return new EventFacts(eventId, type, occurredAt, requestId, requestVersion,
                caseId != null ? caseId : known.caseId(),
                reference != null ? reference : known.reference(),
                physicianUsername != null ? physicianUsername : known.physicianUsername(),
                clientKnown ? submittedByClient : known.submittedByClient(),
                clientKnown || known.clientKnown(),
                emergency != null ? emergency : known.emergency(),
                patientInitials != null ? patientInitials : known.patientInitials(),
                outcome, automaticOutcome, oldStatus, newStatus, deadline, adverseEvent);
    }

    /** What this event tells about its request, for events that arrive later without it. */
    public KnownRequest knowledge() {
        return new KnownRequest(requestId, physicianUsername, submittedByClient, clientKnown, caseId, reference,
                patientInitials, emergency);
    }
}
