package org.expandedaccess.cases.lifecycle;

import org.expandedaccess.cases.audit.Actor;
import org.expandedaccess.platform.outbox.DomainEvent;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What case-service publishes to {@code ea.cases} (docs/events/case.*.v1.schema.json), built here and published
 * through the outbox in the transaction of the change. Every event carries what a notifier needs without calling
 * back: reference, owning physician, submitting client, emergency flag and patient initials, nothing more; it is
 * keyed by the case's request, so one request's events stay in order. Feature packages build theirs
 * ({@code adverse.AdverseEventEvents}, {@code deadlines.DeadlineEvents}) with {@link #about}.
 */
public final class CaseEvents {

    public static final String TOPIC = "ea.cases";
    public static final String OPENED = "org.expandedaccess.case.opened.v1";
    public static final String STATUS_CHANGED = "org.expandedaccess.case.status-changed.v1";

    public record PhysicianRef(String username) {
    }

    public record ActorRef(String username, String role) {
    }

    public record CaseOpened(UUID caseId, String reference, UUID requestId, PhysicianRef physician,
                             String submittedByClient, boolean emergency, String patientInitials, CaseStatus status,
                             OffsetDateTime openedAt) {
    }

    /**
     * {@code decided}: the sponsor has decided the case (approved or declined), so the request is no longer amended.
     * {@code reasonCode} says why it moved; {@code statementGiven} whether a person gave their reasons in words,
     * which stay in case-service (the case's audit trail shows them to those who may see the case).
     */
    public record CaseStatusChanged(UUID caseId, String reference, UUID requestId, PhysicianRef physician,
                                    String submittedByClient, boolean emergency, String patientInitials,
                                    CaseStatus oldStatus, CaseStatus newStatus, boolean decided, ActorRef actor,
                                    StatusReason reasonCode, boolean statementGiven, OffsetDateTime changedAt,
                                    EligibilityOutcome eligibilityOutcome) {
    }

    private CaseEvents() {
    }

    public static DomainEvent opened(Case c) {
        return about(c, OPENED, new CaseOpened(c.id, c.reference, c.requestId, new PhysicianRef(c.physicianUsername),
                c.submittedByClient, c.emergency, c.patientInitials, c.status, c.openedAt));
    }

    public static DomainEvent statusChanged(Case c, CaseStatus old, Actor actor, Why why) {
        return about(c, STATUS_CHANGED, new CaseStatusChanged(c.id, c.reference, c.requestId,
                new PhysicianRef(c.physicianUsername), c.submittedByClient, c.emergency, c.patientInitials,
                old, c.status, c.status.isDecided(), new ActorRef(actor.username(), actor.role()), why.code(), why.statementGiven(),
                c.statusChangedAt, c.eligibilityOutcome));
    }

    /** An event of the case on {@code ea.cases}, keyed by its request. */
    public static DomainEvent about(Case c, String type, Object payload) {
        return new DomainEvent(TOPIC, c.requestId.toString(), type, payload);
    }
}
