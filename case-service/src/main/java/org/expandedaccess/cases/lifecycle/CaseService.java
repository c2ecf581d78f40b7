package org.expandedaccess.cases.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.expandedaccess.cases.audit.Actor;
import org.expandedaccess.cases.audit.AuditTrail;
import org.expandedaccess.cases.lifecycle.CaseTransitions.Transition;
import org.expandedaccess.cases.time.SponsorClock;
import org.expandedaccess.platform.inbox.IncomingEvent;
import org.expandedaccess.platform.outbox.Outbox;
import org.expandedaccess.platform.inbox.PoisonMessageException;
import org.expandedaccess.platform.problem.ProblemException;
import org.expandedaccess.platform.security.Caller;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The case lifecycle: opening from events, the changes events drive, and every state change, checked
 * against {@link CaseTransitions}, audited and published in the same transaction. People's moves are
 * checked by {@code transitions.TransitionService}; the moves gates allow by {@code gates.GateService}.
 */
@ApplicationScoped
public class CaseService {

    private final CaseRepository cases;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final SponsorClock clock;
    private final List<CaseLifecycleListener> listeners;

    CaseService(CaseRepository cases, AuditTrail audit, Outbox outbox, SponsorClock clock,
                jakarta.enterprise.inject.Instance<CaseLifecycleListener> listeners) {
        this.cases = cases;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
        this.listeners = listeners.stream().toList();
    }

    // ---------------------------------------------------------------- driven by events

    /**
     * Opens the case for a submitted request (SUBMITTED, then SCREENING); {@link CaseEventHandler} then
     * applies the events that arrived before it. Runs inside the inbox transaction; a request that already has a case is
     * left as it is.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Case open(RequestSubmitted event, IncomingEvent meta) {
        if (event.requestId() == null || event.physician() == null || event.physician().username() == null
                || event.patient() == null || event.patient().initials() == null || event.diagnosisCode() == null) {
            throw new PoisonMessageException("RequestSubmitted lacks requestId, physician, patient or diagnosisCode");
        }
        Optional<Case> existing = cases.findByRequestId(event.requestId());
        if (existing.isPresent()) {
            return existing.get();
        }
        OffsetDateTime now = clock.now();
        Case c = Case.openFor(event, cases.nextReference(now.getYear()), now);
        cases.persist(c);
        Actor intake = source(meta, "intake-service");
        audit.append(c.id, intake, "CASE_OPENED", null, CaseStatus.SUBMITTED.name(),
                "request " + c.requestId + " v" + c.requestVersion + " submitted" + (c.emergency ? " (emergency)" : ""));
        outbox.publish(CaseEvents.opened(c));
        outbox.publish(CaseEvents.statusChanged(c, null, intake, Why.of(StatusReason.REQUEST_SUBMITTED)));
        listeners.forEach(l -> l.openedFromRequest(c, event, intake));
        listeners.forEach(l -> l.opened(c));
        move(c, CaseStatus.SCREENING, Actor.CASE_SERVICE, Why.of(StatusReason.SCREENING_STARTED));
        return c;
    }

    /** Screening result: kept on the case; ELIGIBLE or NEEDS_REVIEW moves a screening case to review. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void eligibility(IncomingEvent meta, UUID requestId, Integer requestVersion, EligibilityOutcome outcome,
                            Actor decidedBy, String decider) {
        if (requestId == null || outcome == null) {
            throw new PoisonMessageException("eligibility event lacks requestId or outcome");
        }
        Optional<Case> found = cases.findByRequestIdForUpdate(requestId);
        if (found.isEmpty()) {
            cases.keepPending(requestId, meta);
            return;
        }
        Case c = found.get();
        int version = requestVersion != null ? requestVersion : 1;
        if (c.eligibilityRequestVersion != null && version < c.eligibilityRequestVersion) {
            return; // a result for an older version of the request than the one already on the case
        }
        EligibilityOutcome old = c.eligibilityOutcome;
        c.recordEligibility(outcome, version, decider);
        audit.append(c.id, decidedBy, "screening".equals(decider) ? "ELIGIBILITY_DETERMINED" : "ELIGIBILITY_OVERRIDDEN",
                old == null ? null : old.name(), outcome.name() + " (request v" + version + ")", null);
        advanceFromScreening(c, decidedBy);
    }

    /** An amendment: the request has a new version; after INFO_REQUESTED the case goes back to screening. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void amended(IncomingEvent meta, InboundEvents.RequestAmended event) {
        if (event.requestId() == null || event.version() == null) {
            throw new PoisonMessageException("RequestAmended lacks requestId or version");
        }
        Optional<Case> found = cases.findByRequestIdForUpdate(event.requestId());
        if (found.isEmpty()) {
            cases.keepPending(event.requestId(), meta);
            return;
        }
        Case c = found.get();
        if (event.version() <= c.requestVersion) {
            return; // already applied
        }
        Actor intake = source(meta, "intake-service");
        audit.append(c.id, intake, "REQUEST_AMENDED", "v" + c.requestVersion, "v" + event.version(), null);
        c.amendedTo(event.version());
        if (c.status == CaseStatus.INFO_REQUESTED) {
            move(c, CaseStatus.SCREENING, intake, Why.of(StatusReason.REQUEST_AMENDED, "request amended to v" + event.version()));
            advanceFromScreening(c, Actor.CASE_SERVICE);
        }
    }

    /** Withdrawal ends any open case. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdrawn(IncomingEvent meta, InboundEvents.RequestWithdrawn event) {
        if (event.requestId() == null) {
            throw new PoisonMessageException("RequestWithdrawn lacks requestId");
        }
        Optional<Case> found = cases.findByRequestIdForUpdate(event.requestId());
        if (found.isEmpty()) {
            cases.keepPending(event.requestId(), meta);
            return;
        }
        Case c = found.get();
        if (!c.status.isFinal()) {
            move(c, CaseStatus.WITHDRAWN, source(meta, "intake-service"),
                    Why.of(StatusReason.REQUEST_WITHDRAWN, "withdrawn by the physician"));
        }
    }

    private void advanceFromScreening(Case c, Actor actor) {
        if (c.status == CaseStatus.SCREENING && c.eligibilityIsCurrent()
                && c.eligibilityOutcome != EligibilityOutcome.INELIGIBLE) {
            move(c, CaseStatus.UNDER_REVIEW, actor, Why.of(StatusReason.SCREENING_OUTCOME, "screening: " + c.eligibilityOutcome));
        }
    }

    // ---------------------------------------------------------------- shared

    /** Tells the listeners when sponsor staff act on a case (it acknowledges the request). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void sponsorActed(Case c, Actor actor) {
        if (Caller.TRIAGER.equals(actor.role()) || Caller.MEDICAL_REVIEWER.equals(actor.role())) {
            listeners.forEach(l -> l.sponsorActed(c, actor));
        }
    }

    /** One state change: checked against the table, audited and published. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void move(Case c, CaseStatus to, Actor actor, Why why) {
        Optional<Transition> legal = actor.isSystem()
                ? CaseTransitions.bySystem(c.status, to).or(() -> CaseTransitions.byPeople(c.status, to))
                : CaseTransitions.byPeople(c.status, to);
        if (legal.isEmpty()) {
            throw new IllegalStateException("not in the transition table: " + c.status + " -> " + to);
        }
        CaseStatus old = c.status;
        c.changeStatus(to, clock.now());
        audit.append(c.id, actor, "STATUS_CHANGED", old.name(), to.name(), why.facts(), why.statement());
        outbox.publish(CaseEvents.statusChanged(c, old, actor, why));
        listeners.forEach(l -> l.statusChanged(c, old));
    }

    /** The case locked for a change, if the caller may see it; otherwise 404 so existence does not leak. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Case lockVisible(Caller caller, UUID id) {
        Case c = cases.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (c == null || !caller.maySee(c.physicianUsername)) {
            throw ProblemException.notFound("Case " + id);
        }
        return c;
    }

    /** The case by id if the caller may see it; otherwise empty, so that existence does not leak. */
    @Transactional
    public Optional<Case> find(Caller caller, UUID id) {
        return cases.findByIdOptional(id).filter(c -> caller.maySee(c.physicianUsername));
    }

    /** Today in the sponsor's time zone. */
    public java.time.LocalDate today() {
        return clock.today();
    }

    private static Actor source(IncomingEvent meta, String fallback) {
        return Actor.fromSource(meta == null ? null : meta.source(), fallback);
    }

}
