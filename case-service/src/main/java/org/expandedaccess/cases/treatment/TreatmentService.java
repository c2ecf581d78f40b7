package org.expandedaccess.cases.treatment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.expandedaccess.cases.audit.Actor;
import org.expandedaccess.cases.audit.AuditTrail;
import org.expandedaccess.cases.deadlines.DeadlineService;
import org.expandedaccess.cases.gates.Gate;
import org.expandedaccess.cases.gates.GateDetails;
import org.expandedaccess.cases.gates.Gates;
import org.expandedaccess.cases.lifecycle.Case;
import org.expandedaccess.cases.lifecycle.CaseLifecycleListener;
import org.expandedaccess.cases.lifecycle.CaseService;
import org.expandedaccess.cases.lifecycle.CaseStatus;
import org.expandedaccess.platform.problem.Problem;
import org.expandedaccess.platform.problem.Problem.FieldError;
import org.expandedaccess.platform.problem.ProblemException;
import org.expandedaccess.platform.security.Caller;

import org.expandedaccess.cases.time.SponsorClock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The treatment plan (generated from the program when a case enters IN_TREATMENT), the sessions physicians
 * record, the deviations flagged on them, and when treatment may be completed (docs/regulatory/mdma-ptsd-program.md).
 */
@ApplicationScoped
@Unremovable
public class TreatmentService implements CaseLifecycleListener {

    private final ObjectMapper json;
    private final CaseService cases;
    private final AuditTrail audit;
    private final DeadlineService deadlines;
    private final Gates gates;
    private final SponsorClock clock;
    private final TreatmentProgram program = TreatmentProgram.mdmaPtsd();
    private final TreatmentSessionRepository sessions;

    TreatmentService(ObjectMapper json, CaseService cases, AuditTrail audit, DeadlineService deadlines, Gates gates,
                     SponsorClock clock, TreatmentSessionRepository sessions) {
        this.sessions = sessions;
        this.json = json;
        this.cases = cases;
        this.audit = audit;
        this.deadlines = deadlines;
        this.gates = gates;
        this.clock = clock;
    }

    @Override
    public void treatmentStarted(Case c) {
        List<PlannedSession> plan = SessionPlan.generate(c.treatmentStartedOn, program);
        c.recordPlan(write(plan));
        audit.append(c.id, Actor.CASE_SERVICE, "PLAN_GENERATED", null, plan.size() + " sessions from "
                + c.treatmentStartedOn + " to " + plan.get(plan.size() - 1).targetDate(), TreatmentProgram.SOURCE_TRIALS);
    }

    @Override
    public Optional<String> completionProblem(Case c) {
        CompletionDecision d = TreatmentProgress.completionAllowed(plan(c), recorded(c), null);
        return d.allowed() ? Optional.empty() : Optional.of(d.reason());
    }

    @Override
    public Optional<LocalDate> lastSessionOn(Case c) {
        return recorded(c).stream().map(RecordedSession::date).filter(Objects::nonNull)
                .max(LocalDate::compareTo);
    }

    @Transactional
    public TreatmentView record(Caller caller, UUID caseId, RecordedSession session) {
        Case c = cases.lockVisible(caller, caseId);
        if (c.status != CaseStatus.IN_TREATMENT) {
            throw new ProblemException(Problem.of("not-in-treatment", "Sessions are recorded during treatment", 409,
                    "This case is " + c.status + "; sessions are recorded while it is IN_TREATMENT.")
                    .with("currentStatus", c.status));
        }
        if (session == null) {
            throw ProblemException.invalid("Send the session as a JSON object.", List.of(new FieldError("$", "required")));
        }
        List<FieldError> problems = session.problems().stream().map(p -> new FieldError(p.field(), p.message())).toList();
        if (!problems.isEmpty()) {
            throw new ProblemException(Problem.validation(422, "The session is incomplete or implausible.", problems));
        }
        if (session.date().isBefore(c.treatmentStartedOn) || session.date().isAfter(cases.today())) {
            throw new ProblemException(Problem.validation(422, "The session date is outside the treatment.", List.of(
                    new FieldError("date", "between the start of treatment (" + c.treatmentStartedOn + ") and today"))));
        }
        boolean firstDose = session.type() == SessionType.DOSING
                && recorded(c).stream().noneMatch(s -> s.type() == SessionType.DOSING);
        TreatmentSessionRecord r = new TreatmentSessionRecord();
        r.id = UUID.randomUUID();
        r.caseId = c.id;
        r.type = session.type();
        r.number = session.number();
        r.date = session.date();
        r.details = write(session);
        Actor actor = Actor.of(caller);
        r.recordedBy = actor.username();
        r.recordedAt = clock.now();
        sessions.persist(r);
        audit.append(c.id, actor, "SESSION_RECORDED", null, session.type() + (session.number() == null ? "" : " "
                + session.number()) + " on " + session.date() + " (" + r.id + ")", null);
        if (firstDose) {
            GateDetails irb = gates.recorded(c).get(Gate.IRB);
            boolean reviewedBefore = !(irb instanceof GateDetails.Irb i && i.route() == GateDetails.IrbRoute.EMERGENCY_USE_NOTICE);
            deadlines.firstDose(c, session.date(), reviewedBefore);
        }
        return view(c);
    }

    @Transactional
    public TreatmentView view(Caller caller, UUID caseId) {
        Case c = cases.find(caller, caseId).orElseThrow(() -> ProblemException.notFound("Case " + caseId));
        return view(c);
    }

    TreatmentView view(Case c) {
        List<PlannedSession> plan = plan(c);
        List<TreatmentView.Recorded> entries = records(c).stream()
                .map(r -> new TreatmentView.Recorded(r.id, read(r), r.recordedBy, r.recordedAt)).toList();
        List<RecordedSession> recorded = entries.stream().map(TreatmentView.Recorded::session).toList();
        CompletionDecision done = TreatmentProgress.completionAllowed(plan, recorded, null);
        return new TreatmentView(c.treatmentStartedOn, plan, entries,
                DeviationCheck.check(recorded, program), TreatmentProgress.dosingRecorded(plan, recorded),
                done.allowed(), done.allowed() ? null : done.reason());
    }

    /** How many deviations the recorded sessions have (for the case page). */
    public List<Deviation> deviations(Case c) {
        return DeviationCheck.check(recorded(c), program);
    }

    private List<PlannedSession> plan(Case c) {
        if (c.treatmentPlan == null) {
            return List.of();
        }
        try {
            return json.readValue(c.treatmentPlan, new TypeReference<List<PlannedSession>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored plan of case " + c.id + " is unreadable", e);
        }
    }

    private List<TreatmentSessionRecord> records(Case c) {
        return sessions.ofCase(c.id).stream()
                .sorted(Comparator.comparing((TreatmentSessionRecord r) -> r.date).thenComparing(r -> r.recordedAt)).toList();
    }

    private List<RecordedSession> recorded(Case c) {
        return records(c).stream().map(this::read).toList();
    }

    private RecordedSession read(TreatmentSessionRecord r) {
        try {
            return json.readValue(r.details, RecordedSession.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored session " + r.id + " is unreadable", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
        }
    }
}
