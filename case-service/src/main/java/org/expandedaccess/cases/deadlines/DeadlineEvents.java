package org.expandedaccess.cases.deadlines;

import org.expandedaccess.cases.lifecycle.Case;
import org.expandedaccess.cases.lifecycle.CaseEvents;
import org.expandedaccess.platform.outbox.DomainEvent;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A deadline of a case comes near or passes (docs/events/case.deadline-*.v1.schema.json), on {@code ea.cases}. */
public final class DeadlineEvents {

    public static final String APPROACHING = "org.expandedaccess.case.deadline-approaching.v1";
    public static final String MISSED = "org.expandedaccess.case.deadline-missed.v1";

    public record DeadlineRef(UUID deadlineId, DeadlineKind kind, LocalDate dueDate, DeadlineKind.Responsible responsible,
                              String rule, String source) {
    }

    public record DeadlineEvent(UUID caseId, String reference, UUID requestId, CaseEvents.PhysicianRef physician,
                                String submittedByClient, boolean emergency, String patientInitials, DeadlineRef deadline,
                                OffsetDateTime detectedAt) {
    }

    private DeadlineEvents() {
    }

    public static DomainEvent approaching(Case c, Deadline d, OffsetDateTime detectedAt) {
        return CaseEvents.about(c, APPROACHING, event(c, d, detectedAt));
    }

    public static DomainEvent missed(Case c, Deadline d, OffsetDateTime detectedAt) {
        return CaseEvents.about(c, MISSED, event(c, d, detectedAt));
    }

    private static DeadlineEvent event(Case c, Deadline d, OffsetDateTime detectedAt) {
        return new DeadlineEvent(c.id, c.reference, c.requestId, new CaseEvents.PhysicianRef(c.physicianUsername),
                c.submittedByClient, c.emergency, c.patientInitials,
                new DeadlineRef(d.id, d.kind, d.dueDate, d.responsible, d.rule, d.source), detectedAt);
    }
}
