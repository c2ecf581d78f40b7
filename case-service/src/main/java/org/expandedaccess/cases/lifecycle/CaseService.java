package org.expandedaccess.cases.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.expandedaccess.cases.audit.Actor;
import org.expandedaccess.cases.audit.AuditTrail;
import org.expandedaccess.cases.gates.GateDetails;
import org.expandedaccess.cases.gates.Gates;
import org.expandedaccess.cases.lifecycle.CaseTransitions.Requirement;
import org.expandedaccess.cases.lifecycle.CaseTransitions.Transition;
import org.expandedaccess.cases.time.SponsorClock;
import org.expandedaccess.platform.inbox.IncomingEvent;
import org.expandedaccess.platform.inbox.PoisonMessageException;
import org.expandedaccess.platform.problem.Problem;
import org.expandedaccess.platform.problem.Problem.FieldError;
import org.expandedaccess.platform.problem.ProblemException;
import org.expandedaccess.platform.security.Caller;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The case lifecycle: opening from events, every state change (by events or by people, checked against
 * {@link CaseTransitions}), and the automatic moves that follow. Each change is audited and published in
 * the same transaction.
 */
@ApplicationScoped
public class CaseService {

    private final CaseRepository cases;
    private final AuditTrail audit;
    private final CaseEvents events;
    private final Gates gates;
    private final SponsorClock clock;
    private final List<CaseLifecycleListener> listeners;

    CaseService(CaseRepository cases, AuditTrail audit, CaseEvents events, Gates gates, SponsorClock clock,
                jakarta.enterprise.inject.Instance<CaseLifecycleListener> listeners) {
        this.cases = cases;
        this.audit = audit;
        this.events = events;
        this.gates = gates;
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
        Case c = new Case();
        c.id = UUID.randomUUID();
        c.reference = cases.nextReference(now.getYear());
        c.requestId = event.requestId();
        c.requestVersion = event.version() != null ? event.version() : 1;
        c.programId = event.programId() != null ? event.programId() : "mdma-ptsd";
        c.status = CaseStatus.SUBMITTED;
        c.physicianId = event.physician().id();
        c.physicianUsername = event.physician().username();
        c.submittedByClient = event.submittedByClient();
        c.patientInitials = event.patient().initials();
        c.diagnosisCode = event.diagnosisCode();
        c.emergency = event.emergencyUse();
        c.submittedAt = event.submittedAt() != null ? event.submittedAt() : now;
        c.openedAt = now;
        c.statusChangedAt = now;
        cases.persist(c);
        Actor intake = source(meta, "intake-service");
        audit.append(c.id, intake, "CASE_OPENED", null, CaseStatus.SUBMITTED.name(),
                "request " + c.requestId + " v" + c.requestVersion + " submitted" + (c.emergency ? " (emergency)" : ""));
        events.opened(c);
        events.statusChanged(c, null, intake, null);
        if (c.emergency && event.emergency().fdaPhoneAuthorizationDate() != null
                && event.emergency().fdaIndNumber() != null) {
            // the request already carries FDA's phone authorisation: the FDA gate is recorded from it
            gates.record(c, org.expandedaccess.cases.gates.Gate.FDA,
                    new GateDetails.Fda(GateDetails.FdaRoute.EMERGENCY_AUTHORIZATION, null, null,
                            event.emergency().fdaPhoneAuthorizationDate(), event.emergency().fdaIndNumber()),
                    intake);
        }
        listeners.forEach(l -> l.opened(c));
        move(c, CaseStatus.SCREENING, Actor.CASE_SERVICE, null);
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
        c.eligibilityOutcome = outcome;
        c.eligibilityRequestVersion = version;
        c.eligibilityDecidedBy = decider;
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
        c.requestVersion = event.version();
        if (c.status == CaseStatus.INFO_REQUESTED) {
            move(c, CaseStatus.SCREENING, intake, "request amended to v" + event.version());
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
            move(c, CaseStatus.WITHDRAWN, source(meta, "intake-service"), "withdrawn by the physician");
        }
    }

    private void advanceFromScreening(Case c, Actor actor) {
        if (c.status == CaseStatus.SCREENING && c.eligibilityIsCurrent()
                && c.eligibilityOutcome != EligibilityOutcome.INELIGIBLE) {
            move(c, CaseStatus.UNDER_REVIEW, actor, "screening: " + c.eligibilityOutcome);
        }
    }

    // ---------------------------------------------------------------- driven by people

    /** A person moves a case: legal (409), allowed for the role (403), requirements met (422). */
    @Transactional
    public Case transition(Caller caller, UUID id, TransitionRequest request) {
        if (request == null || request.to() == null) {
            throw ProblemException.invalid("Say which state to move the case to.",
                    List.of(new FieldError("to", "required")));
        }
        Case c = lockVisible(caller, id);
        Optional<Transition> found = CaseTransitions.byPeople(c.status, request.to());
        if (found.isEmpty()) {
            throw new ProblemException(Problem.of("illegal-transition", "This move is not allowed", 409,
                            "A case in " + c.status + " cannot be moved to " + request.to() + ".")
                    .with("currentStatus", c.status)
                    .with("allowed", CaseTransitions.nextFor(c.status, caller.roles())));
        }
        Transition t = found.get();
        if (t.roles().stream().noneMatch(caller.roles()::contains)) {
            throw new ProblemException(Problem.of("forbidden", "Not allowed for your role", 403,
                    "Moving a case from " + c.status + " to " + t.to() + " is for: " + String.join(", ", t.roles()) + "."));
        }
        if (t.to() == CaseStatus.APPROVED && !caller.roles().contains(Caller.MEDICAL_REVIEWER)
                && !c.screenedEligible()) {
            throw new ProblemException(Problem.of("forbidden", "A medical reviewer decides this case", 403,
                    "Screening did not find the current request ELIGIBLE (" + c.eligibilityOutcome
                            + "); a medical reviewer decides cases screening could not (docs/regulatory/roles-and-permissions.md)."));
        }
        List<FieldError> missing = requirementProblems(t.requires(), request, c);
        if (!missing.isEmpty()) {
            throw new ProblemException(Problem.validation(422, "Moving to " + t.to() + " needs "
                    + t.requires().description() + ".", missing));
        }
        Actor actor = Actor.of(caller);
        sponsorActed(c, actor);
        String reason = blankToNull(request.reason());
        switch (t.to()) {
            case APPROVED -> {
                gates.record(c, org.expandedaccess.cases.gates.Gate.LOA, request.loa(), actor);
                move(c, CaseStatus.APPROVED, actor, reason != null ? reason
                        : "LOA " + request.loa().reference() + " issued " + request.loa().issuedOn());
                advance(c);
            }
            case SHIPPED -> {
                var s = request.shipment();
                c.shipmentLot = s.lot().trim();
                c.shipmentQuantity = s.quantity();
                c.shipmentTracking = s.trackingReference().trim();
                c.shippedOn = s.shippedOn() != null ? s.shippedOn() : clock.today();
                audit.append(c.id, actor, "SHIPMENT_RECORDED", null, "lot " + c.shipmentLot + ", quantity "
                        + c.shipmentQuantity + ", tracking " + c.shipmentTracking + ", shipped " + c.shippedOn, reason);
                move(c, CaseStatus.SHIPPED, actor, reason);
            }
            case IN_TREATMENT -> {
                c.treatmentStartedOn = request.treatmentStartedOn();
                move(c, CaseStatus.IN_TREATMENT, actor, reason != null ? reason
                        : "treatment started " + c.treatmentStartedOn);
                listeners.forEach(l -> l.treatmentStarted(c));
            }
            case TREATMENT_COMPLETED -> {
                c.treatmentCompletedOn = clock.today();
                c.earlyEndReason = blankToNull(request.earlyEndReason());
                move(c, CaseStatus.TREATMENT_COMPLETED, actor, c.earlyEndReason != null
                        ? "ended early: " + c.earlyEndReason : reason);
                listeners.forEach(l -> l.treatmentCompleted(c));
            }
            case CLOSED -> {
                c.summarySubmittedOn = request.summary().submittedOn();
                c.summaryReference = request.summary().reference().trim();
                move(c, CaseStatus.CLOSED, actor, reason != null ? reason : "treatment summary "
                        + c.summaryReference + " sent to FDA on " + c.summarySubmittedOn);
            }
            default -> move(c, t.to(), actor, reason);
        }
        return c;
    }

    private List<FieldError> requirementProblems(Requirement requirement, TransitionRequest r, Case c) {
        List<FieldError> errors = new ArrayList<>();
        if (r.reason() != null && r.reason().length() > 2000) {
            errors.add(new FieldError("reason", "at most 2000 characters"));
        }
        switch (requirement) {
            case REASON -> {
                if (r.reason() == null || r.reason().isBlank()) {
                    errors.add(new FieldError("reason", "required: say why"));
                }
            }
            case LOA -> {
                if (r.loa() == null) {
                    errors.add(new FieldError("loa", "required: reference and issuedOn of the letter of authorization"));
                } else {
                    r.loa().problems(c.emergency, clock.today()).forEach(e -> errors.add(new FieldError("loa." + e.field(), e.message())));
                }
            }
            case SHIPMENT -> {
                var s = r.shipment();
                if (s == null) {
                    errors.add(new FieldError("shipment", "required: lot, quantity and trackingReference"));
                } else {
                    if (s.lot() == null || s.lot().isBlank() || s.lot().length() > 64) {
                        errors.add(new FieldError("shipment.lot", "required, at most 64 characters"));
                    }
                    if (s.quantity() == null || s.quantity() < 1 || s.quantity() > 1000) {
                        errors.add(new FieldError("shipment.quantity", "required, 1 to 1000 units"));
                    }
                    if (s.trackingReference() == null || s.trackingReference().isBlank()
                            || s.trackingReference().length() > 128) {
                        errors.add(new FieldError("shipment.trackingReference", "required, at most 128 characters"));
                    }
                    if (s.shippedOn() != null && s.shippedOn().isAfter(clock.today())) {
                        errors.add(new FieldError("shipment.shippedOn", "cannot be in the future"));
                    }
                }
            }
            case TREATMENT_START -> {
                if (r.treatmentStartedOn() == null) {
                    errors.add(new FieldError("treatmentStartedOn", "required (yyyy-mm-dd)"));
                } else if (c.shippedOn != null && r.treatmentStartedOn().isBefore(c.shippedOn)) {
                    errors.add(new FieldError("treatmentStartedOn", "cannot be before the shipment (" + c.shippedOn + ")"));
                } else if (r.treatmentStartedOn().isAfter(clock.today())) {
                    errors.add(new FieldError("treatmentStartedOn", "cannot be in the future"));
                }
            }
            case TREATMENT_END -> {
                if (r.earlyEndReason() != null && r.earlyEndReason().length() > 2000) {
                    errors.add(new FieldError("earlyEndReason", "at most 2000 characters"));
                }
                if (blankToNull(r.earlyEndReason()) == null) {
                    for (CaseLifecycleListener l : listeners) {
                        l.completionProblem(c).ifPresent(p -> errors.add(new FieldError("earlyEndReason", p)));
                    }
                }
            }
            case TREATMENT_SUMMARY -> {
                var s = r.summary();
                if (s == null || s.submittedOn() == null || s.reference() == null || s.reference().isBlank()) {
                    errors.add(new FieldError("summary", "required: submittedOn and reference of the summary sent to FDA"));
                } else if (s.submittedOn().isAfter(clock.today())) {
                    errors.add(new FieldError("summary.submittedOn", "cannot be in the future"));
                } else if (s.reference().length() > 128) {
                    errors.add(new FieldError("summary.reference", "at most 128 characters"));
                }
            }
            case NONE, ALL_GATES -> { }
        }
        return errors;
    }

    // ---------------------------------------------------------------- shared

    /**
     * The moves the service makes by itself: an approved case starts authorizing; an authorizing case
     * whose gates are all satisfied is ready to ship.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void advance(Case c) {
        Actor system = Actor.CASE_SERVICE;
        if (c.status == CaseStatus.APPROVED) {
            move(c, CaseStatus.AUTHORIZING, system, null);
        }
        if (c.status == CaseStatus.AUTHORIZING && gates.allSatisfied(c)) {
            move(c, CaseStatus.READY_TO_SHIP, system, "every gate is satisfied");
        }
    }

    /** Tells the listeners when sponsor staff act on a case (it acknowledges the request). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void sponsorActed(Case c, Actor actor) {
        if (Caller.TRIAGER.equals(actor.role()) || Caller.MEDICAL_REVIEWER.equals(actor.role())) {
            listeners.forEach(l -> l.sponsorActed(c, actor));
        }
    }

    /** One state change: checked against the table, audited and published. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void move(Case c, CaseStatus to, Actor actor, String reason) {
        Optional<Transition> legal = actor.isSystem()
                ? CaseTransitions.bySystem(c.status, to).or(() -> CaseTransitions.byPeople(c.status, to))
                : CaseTransitions.byPeople(c.status, to);
        if (legal.isEmpty()) {
            throw new IllegalStateException("not in the transition table: " + c.status + " -> " + to);
        }
        CaseStatus old = c.status;
        c.status = to;
        c.statusChangedAt = clock.now();
        audit.append(c.id, actor, "STATUS_CHANGED", old.name(), to.name(), reason);
        events.statusChanged(c, old, actor, reason);
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

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
