package org.expandedaccess.cases.gates;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.expandedaccess.cases.audit.Actor;
import org.expandedaccess.cases.lifecycle.Case;
import org.expandedaccess.cases.lifecycle.CaseRepository;
import org.expandedaccess.cases.lifecycle.CaseService;
import org.expandedaccess.cases.lifecycle.CaseStatus;
import org.expandedaccess.cases.lifecycle.StatusReason;
import org.expandedaccess.cases.lifecycle.Why;
import org.expandedaccess.platform.problem.Problem;
import org.expandedaccess.platform.problem.Problem.FieldError;
import org.expandedaccess.platform.problem.ProblemException;
import org.expandedaccess.platform.security.Caller;
import org.jboss.logging.Logger;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Recording gates by people, and the time-driven check that lets the FDA 30-day rule open the gate. */
@ApplicationScoped
public class GateService {

    private static final Logger LOG = Logger.getLogger(GateService.class);

    /** Gates may be recorded from screening until the case is ready to ship (corrections included). */
    static final Set<CaseStatus> OPEN_FOR_GATES = EnumSet.of(CaseStatus.SCREENING, CaseStatus.UNDER_REVIEW,
            CaseStatus.INFO_REQUESTED, CaseStatus.APPROVED, CaseStatus.AUTHORIZING);

    private final CaseService cases;
    private final Gates gates;
    private final CaseRepository repository;

    GateService(CaseService cases, Gates gates, CaseRepository repository) {
        this.repository = repository;
        this.cases = cases;
        this.gates = gates;
    }

    /**
     * The moves the service makes by itself: an approved case starts authorizing; an authorizing case
     * whose gates are all satisfied is ready to ship.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void advance(Case c) {
        Actor system = Actor.CASE_SERVICE;
        if (c.status == CaseStatus.APPROVED) {
            cases.move(c, CaseStatus.AUTHORIZING, system, Why.of(StatusReason.AUTHORIZATION_STARTED));
        }
        if (c.status == CaseStatus.AUTHORIZING && gates.allSatisfied(c)) {
            cases.move(c, CaseStatus.READY_TO_SHIP, system, Why.of(StatusReason.ALL_GATES_SATISFIED, "every gate is satisfied"));
        }
    }

    @Transactional
    public List<GateStatus> record(Caller caller, UUID caseId, Gate gate, GateDetails details) {
        if (!gate.detailsType().isInstance(details)) {
            throw new IllegalArgumentException(gate + " takes " + gate.detailsType().getSimpleName());
        }
        Case c = cases.lockVisible(caller, caseId);
        if (gate.recordedBy().stream().noneMatch(caller.roles()::contains)) {
            throw new ProblemException(Problem.of("forbidden", "Not allowed for your role", 403,
                    "The " + gate + " gate is recorded by: " + String.join(", ", gate.recordedBy())
                            + " (docs/regulatory/roles-and-permissions.md)."));
        }
        if (!OPEN_FOR_GATES.contains(c.status)) {
            throw new ProblemException(Problem.of("gate-closed", "Gates cannot be recorded now", 409,
                    "Gates are recorded between screening and readiness to ship; this case is " + c.status + ".")
                    .with("currentStatus", c.status));
        }
        List<FieldError> problems = details.problems(c.emergency, cases.today());
        if (!problems.isEmpty()) {
            throw new ProblemException(Problem.validation(422, "The " + gate + " gate is incomplete.", problems));
        }
        gates.record(c, gate, details, Actor.of(caller));
        cases.sponsorActed(c, Actor.of(caller));
        advance(c);
        return gates.statuses(c);
    }

    /**
     * The FDA gate of a submitted IND opens by itself 30 days after receipt: authorizing cases are
     * re-checked on a timer (and at start), so a case becomes ready to ship on that day without anyone acting.
     */
    @Scheduled(every = "${ea.cases.gate-check-interval:15m}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            // not while starting or shutting down: the database session factory may be gone
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduledCheck() {
        int moved = checkAuthorizing();
        if (moved > 0) {
            LOG.infof("gate check: %d case(s) ready to ship", moved);
        }
    }

    /** Moves every authorizing case whose gates are all satisfied today; returns how many moved. */
    public int checkAuthorizing() {
        int moved = 0;
        for (UUID id : authorizingCases()) {
            if (checkOne(id)) {
                moved++;
            }
        }
        return moved;
    }

    @Transactional
    List<UUID> authorizingCases() {
        return repository.list("status", CaseStatus.AUTHORIZING).stream().map(c -> c.id).toList();
    }

    @Transactional
    boolean checkOne(UUID id) {
        Case c = repository.findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (c == null || c.status != CaseStatus.AUTHORIZING) {
            return false;
        }
        advance(c);
        return c.status == CaseStatus.READY_TO_SHIP;
    }
}
