package org.expandedaccess.cases.transitions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import org.expandedaccess.cases.audit.Actor;
import org.expandedaccess.cases.audit.AuditTrail;
import org.expandedaccess.cases.gates.Gate;
import org.expandedaccess.cases.gates.GateService;
import org.expandedaccess.cases.gates.Gates;
import org.expandedaccess.cases.lifecycle.Case;
import org.expandedaccess.cases.lifecycle.CaseLifecycleListener;
import org.expandedaccess.cases.lifecycle.CaseService;
import org.expandedaccess.cases.lifecycle.CaseStatus;
import org.expandedaccess.cases.lifecycle.CaseTransitions;
import org.expandedaccess.cases.lifecycle.CaseTransitions.Transition;
import org.expandedaccess.cases.lifecycle.StatusReason;
import org.expandedaccess.cases.lifecycle.Why;
import org.expandedaccess.cases.time.SponsorClock;
import org.expandedaccess.platform.problem.Problem;
import org.expandedaccess.platform.problem.Problem.FieldError;
import org.expandedaccess.platform.problem.ProblemException;
import org.expandedaccess.platform.security.Caller;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.expandedaccess.cases.transitions.TransitionRequirements.blankToNull;

/**
 * A person moves a case: the move must be in {@link CaseTransitions} (409), allowed for the role (403) and
 * have what it requires ({@link TransitionRequirements}, 422). Audited and published in the same transaction.
 */
@ApplicationScoped
public class TransitionService {

    private final CaseService cases;
    private final Gates gates;
    private final GateService gateService;
    private final AuditTrail audit;
    private final SponsorClock clock;
    private final Instance<CaseLifecycleListener> listeners;

    TransitionService(CaseService cases, Gates gates, GateService gateService, AuditTrail audit, SponsorClock clock,
                      Instance<CaseLifecycleListener> listeners) {
        this.cases = cases;
        this.gates = gates;
        this.gateService = gateService;
        this.audit = audit;
        this.clock = clock;
        this.listeners = listeners;
    }

    @Transactional
    public Case transition(Caller caller, UUID id, TransitionRequest request) {
        if (request == null || request.to() == null) {
            throw ProblemException.invalid("Say which state to move the case to.",
                    List.of(new FieldError("to", "required")));
        }
        Case c = cases.lockVisible(caller, id);
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
        List<FieldError> missing = TransitionRequirements.problems(t.requires(), request,
                facts(c, t.requires()), clock.today(),
                () -> listeners.stream().flatMap(l -> l.completionProblem(c).stream()).toList());
        if (!missing.isEmpty()) {
            throw new ProblemException(Problem.validation(422, "Moving to " + t.to() + " needs "
                    + t.requires().description() + ".", missing));
        }
        Actor actor = Actor.of(caller);
        cases.sponsorActed(c, actor);
        String statement = blankToNull(request.reason());
        switch (t.to()) {
            case APPROVED -> {
                gates.record(c, Gate.LOA, request.loa(), actor);
                cases.move(c, CaseStatus.APPROVED, actor, new Why(StatusReason.LOA_ISSUED,
                        "LOA " + request.loa().reference() + " issued " + request.loa().issuedOn(), statement));
                gateService.advance(c);
            }
            case SHIPPED -> {
                var s = request.shipment();
                c.recordShipment(s.lot().trim(), s.quantity(), s.trackingReference().trim(),
                        s.shippedOn() != null ? s.shippedOn() : clock.today());
                audit.append(c.id, actor, "SHIPMENT_RECORDED", null, "lot " + c.shipmentLot + ", quantity "
                        + c.shipmentQuantity + ", tracking " + c.shipmentTracking + ", shipped " + c.shippedOn, null);
                cases.move(c, CaseStatus.SHIPPED, actor, new Why(StatusReason.SHIPMENT_RECORDED, null, statement));
            }
            case IN_TREATMENT -> {
                c.startTreatment(request.treatmentStartedOn());
                cases.move(c, CaseStatus.IN_TREATMENT, actor, new Why(StatusReason.TREATMENT_STARTED,
                        "treatment started " + c.treatmentStartedOn, statement));
                listeners.forEach(l -> l.treatmentStarted(c));
            }
            case TREATMENT_COMPLETED -> {
                String early = blankToNull(request.earlyEndReason());
                c.completeTreatment(request.treatmentCompletedOn() != null ? request.treatmentCompletedOn() : clock.today(),
                        early);
                // the reason to end early and any other words the physician gave, kept together
                String words = early == null ? statement : statement == null ? early : early + "\n\n" + statement;
                cases.move(c, CaseStatus.TREATMENT_COMPLETED, actor, new Why(early != null
                        ? StatusReason.TREATMENT_ENDED_EARLY : StatusReason.TREATMENT_COMPLETED_AS_PLANNED,
                        "treatment completed " + c.treatmentCompletedOn, words));
                listeners.forEach(l -> l.treatmentCompleted(c));
            }
            case CLOSED -> {
                c.recordTreatmentSummary(request.summary().submittedOn(), request.summary().reference().trim());
                cases.move(c, CaseStatus.CLOSED, actor, new Why(StatusReason.TREATMENT_SUMMARY_SENT, "treatment summary "
                        + c.summaryReference + " sent to FDA on " + c.summarySubmittedOn, statement));
            }
            default -> cases.move(c, t.to(), actor, Why.decided(statement));
        }
        return c;
    }

    /**
     * The case's facts for the move's requirement; the gates and the sessions are read only for the moves that
     * look at them (shipping, completing treatment).
     */
    private TransitionRequirements.CaseFacts facts(Case c, CaseTransitions.Requirement requirement) {
        Optional<Gates.LastGate> last = requirement == CaseTransitions.Requirement.SHIPMENT
                ? gates.lastHeld(c) : Optional.empty();
        LocalDate lastSession = requirement != CaseTransitions.Requirement.TREATMENT_END ? null
                : listeners.stream().map(l -> l.lastSessionOn(c)).flatMap(Optional::stream)
                        .max(LocalDate::compareTo).orElse(null);
        return new TransitionRequirements.CaseFacts(c.emergency, c.shippedOn, c.treatmentStartedOn,
                c.treatmentCompletedOn, lastSession, last.map(g -> g.gate().title()).orElse(null),
                last.map(Gates.LastGate::on).orElse(null));
    }
}
