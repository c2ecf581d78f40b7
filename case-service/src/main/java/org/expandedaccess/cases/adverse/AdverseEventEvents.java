package org.expandedaccess.cases.adverse;

import org.expandedaccess.cases.audit.Actor;
import org.expandedaccess.cases.lifecycle.Case;
import org.expandedaccess.cases.lifecycle.CaseEvents;
import org.expandedaccess.platform.outbox.DomainEvent;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The adverse-event events on {@code ea.cases} (docs/events/case.adverse-event-recorded.v1.schema.json): coded facts only. */
public final class AdverseEventEvents {

    public static final String RECORDED = "org.expandedaccess.case.adverse-event-recorded.v1";

    public record RecordedBy(String username, String role) {
    }

    public record AdverseEventRecorded(UUID caseId, String reference, UUID requestId, CaseEvents.PhysicianRef physician,
                                       String submittedByClient, boolean emergency, String patientInitials,
                                       UUID adverseEventId, boolean serious, boolean unexpected,
                                       boolean fatalOrLifeThreatening, AdverseEvent.Relation relation,
                                       LocalDate onsetDate, LocalDate awareDate, LocalDate safetyReportDueDate,
                                       RecordedBy recordedBy, OffsetDateTime recordedAt) {
    }

    private AdverseEventEvents() {
    }

    /** The description stays in the record; the event carries the coded facts and the safety report's due date. */
    public static DomainEvent recorded(Case c, AdverseEvent e, LocalDate safetyReportDue, Actor actor) {
        return CaseEvents.about(c, RECORDED, new AdverseEventRecorded(c.id, c.reference, c.requestId,
                new CaseEvents.PhysicianRef(c.physicianUsername), c.submittedByClient, c.emergency, c.patientInitials,
                e.id, e.serious, e.unexpected, e.fatalOrLifeThreatening, e.relation, e.onsetDate, e.awareDate,
                safetyReportDue, new RecordedBy(actor.username(), actor.role()), e.recordedAt));
    }
}
