package org.expandedaccess.notifications.events;

import org.expandedaccess.notifications.rules.EventFacts;
import org.expandedaccess.notifications.rules.EventType;
import org.expandedaccess.platform.inbox.IncomingEvent;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What this service reads of the {@code case.*.v1} events: every one carries what a notifier needs
 * (reference, physician, submitting client, emergency, patient initials). Reasons and adverse event
 * descriptions are free text and are not read.
 */
public record CaseEvent(UUID caseId, String reference, UUID requestId, Physician physician, String submittedByClient,
                        Boolean emergency, String patientInitials, String status, String oldStatus, String newStatus,
                        Deadline deadline, Boolean serious, Boolean unexpected, Boolean fatalOrLifeThreatening,
                        String relation, LocalDate safetyReportDueDate) {

    public record Physician(String username) {
    }

    public record Deadline(String kind, LocalDate dueDate, String responsible, String rule, String source) {
    }

    EventFacts facts(IncomingEvent event, EventType type) {
        EventFacts.Deadline d = deadline == null ? null
                : new EventFacts.Deadline(deadline.kind(), deadline.dueDate(), deadline.responsible(), deadline.rule(),
                deadline.source());
        EventFacts.AdverseEvent ae = type != EventType.CASE_ADVERSE_EVENT_RECORDED ? null
                : new EventFacts.AdverseEvent(Boolean.TRUE.equals(serious), Boolean.TRUE.equals(unexpected),
                Boolean.TRUE.equals(fatalOrLifeThreatening), relation, safetyReportDueDate);
        String current = newStatus != null ? newStatus : status;
        return new EventFacts(event.id(), type, event.time(), requestId, null, caseId, reference,
                physician != null ? physician.username() : null, submittedByClient, event.data().has("submittedByClient"), emergency, patientInitials,
                null, null, oldStatus, current, d, ae);
    }
}
