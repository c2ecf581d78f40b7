package org.expandedaccess.cases.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.expandedaccess.cases.audit.Actor;
import org.expandedaccess.platform.outbox.Outbox;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What case-service publishes to {@code ea.cases}, through the outbox, in the transaction of the change
 * (docs/events/case.*.v1.schema.json). Every event carries what a notifier needs without calling back:
 * reference, owning physician, submitting client, emergency flag and patient initials, nothing more.
 */
@ApplicationScoped
public class CaseEvents {

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

    public record CaseStatusChanged(UUID caseId, String reference, UUID requestId, PhysicianRef physician,
                                    String submittedByClient, boolean emergency, String patientInitials,
                                    CaseStatus oldStatus, CaseStatus newStatus, ActorRef actor, String reason,
                                    OffsetDateTime changedAt, EligibilityOutcome eligibilityOutcome) {
    }

    private final Outbox outbox;

    CaseEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void opened(Case c) {
        outbox.publish(TOPIC, c.requestId.toString(), OPENED, new CaseOpened(c.id, c.reference, c.requestId,
                new PhysicianRef(c.physicianUsername), c.submittedByClient, c.emergency, c.patientInitials, c.status,
                c.openedAt));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void statusChanged(Case c, CaseStatus old, Actor actor, String reason) {
        outbox.publish(TOPIC, c.requestId.toString(), STATUS_CHANGED, new CaseStatusChanged(c.id, c.reference,
                c.requestId, new PhysicianRef(c.physicianUsername), c.submittedByClient, c.emergency, c.patientInitials,
                old, c.status, new ActorRef(actor.username(), actor.role()), reason, c.statusChangedAt,
                c.eligibilityOutcome));
    }

    /** Any other case event (deadlines, adverse events), keyed by the case's request. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(Case c, String type, Object payload) {
        outbox.publish(TOPIC, c.requestId.toString(), type, payload);
    }
}
