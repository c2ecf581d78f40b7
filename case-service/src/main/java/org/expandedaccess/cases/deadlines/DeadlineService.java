package org.expandedaccess.cases.deadlines;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.expandedaccess.cases.config.CasesConfig;
import org.expandedaccess.cases.audit.Actor;
import org.expandedaccess.cases.audit.AuditTrail;
import org.expandedaccess.cases.gates.Gate;
import org.expandedaccess.cases.gates.GateDetails;
import org.expandedaccess.cases.gates.GateListener;
import org.expandedaccess.cases.lifecycle.Case;
import org.expandedaccess.cases.lifecycle.CaseLifecycleListener;
import org.expandedaccess.cases.lifecycle.CaseStatus;
import org.expandedaccess.cases.deadlines.rules.DeadlineRules;
import org.expandedaccess.cases.deadlines.rules.WorkingDayCalendar;
import org.expandedaccess.cases.time.SponsorClock;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Opens, meets and cancels the deadlines of each case as the case changes (docs/regulatory/timelines.md), and keeps
 * the case's nearest due date and overdue flag for the queue. Every change is audited.
 */
@ApplicationScoped
@Unremovable
public class DeadlineService implements CaseLifecycleListener, GateListener {

    private final DeadlineRules rules;
    private final SponsorClock clock;
    private final AuditTrail audit;
    private final int acknowledgementWorkingDays;
    private final int summaryDays;
    private final DeadlineRepository repository;

    DeadlineService(SponsorClock clock, AuditTrail audit, CasesConfig config, DeadlineRepository repository) {
        this.repository = repository;
        this.clock = clock;
        this.rules = new DeadlineRules(new WorkingDayCalendar(clock.zone()));
        this.audit = audit;
        this.acknowledgementWorkingDays = config.acknowledgementWorkingDays();
        this.summaryDays = config.treatmentSummaryDays();
    }

    public WorkingDayCalendar calendar() {
        return rules.calendar();
    }

    // ------------------------------------------------------------ what opens and closes deadlines

    @Override
    public void opened(Case c) {
        open(c, DeadlineKind.SPONSOR_ACKNOWLEDGEMENT,
                rules.acknowledgement(rules.calendar().dateOf(c.submittedAt.toInstant()), acknowledgementWorkingDays), null);
    }

    @Override
    public void statusChanged(Case c, CaseStatus old) {
        switch (c.status) {
            case WITHDRAWN, DECLINED -> cancelOpen(c, "the case was " + c.status.name().toLowerCase());
            case TREATMENT_COMPLETED -> open(c, DeadlineKind.TREATMENT_SUMMARY,
                    rules.treatmentSummary(c.treatmentCompletedOn, summaryDays), null);
            case CLOSED -> {
                meet(c, DeadlineKind.TREATMENT_SUMMARY, null, c.summarySubmittedOn,
                        "summary " + c.summaryReference + " sent to FDA", Actor.CASE_SERVICE);
                find(c, DeadlineKind.ANNUAL_REPORT, null).filter(d -> d.status == Deadline.Status.OPEN)
                        .filter(d -> c.summarySubmittedOn != null && c.summarySubmittedOn.isBefore(d.dueDate.minusDays(60)))
                        .ifPresent(d -> cancel(c, d, "the case closed before the IND anniversary"));
            }
            default -> { }
        }
        refresh(c);
    }

    /** A sponsor staff member acted on the case (assignment, note, decision, gate): the request is acknowledged. */
    @Override
    public void sponsorActed(Case c, Actor actor) {
        meet(c, DeadlineKind.SPONSOR_ACKNOWLEDGEMENT, null, clock.today(), "first action by " + actor.username(), actor);
        refresh(c);
    }

    @Override
    public void gateRecorded(Case c, Gate gate, GateDetails details) {
        if (details instanceof GateDetails.Fda fda) {
            LocalDate inEffect;
            switch (fda.route()) {
                case SUBMITTED -> {
                    DeadlineRules.Due waiting = rules.fdaEarliestTreatment(fda.receivedByFdaOn());
                    inEffect = waiting.date();
                    openOrMove(c, DeadlineKind.FDA_EARLIEST_TREATMENT, waiting);
                }
                case MAY_PROCEED_NOTICE -> {
                    inEffect = fda.noticeOn();
                    Optional<Deadline> waiting = find(c, DeadlineKind.FDA_EARLIEST_TREATMENT, null);
                    if (waiting.isEmpty()) {
                        open(c, DeadlineKind.FDA_EARLIEST_TREATMENT, inEffect, "FDA's may-proceed notice", null);
                    }
                    meet(c, DeadlineKind.FDA_EARLIEST_TREATMENT, null, fda.noticeOn(), "FDA may-proceed notice", Actor.CASE_SERVICE);
                }
                case EMERGENCY_AUTHORIZATION -> {
                    inEffect = fda.authorizedOn();
                    openOrMove(c, DeadlineKind.EMERGENCY_WRITTEN_SUBMISSION, rules.emergencyWrittenSubmission(fda.authorizedOn()));
                }
                default -> throw new IllegalStateException("unknown FDA route " + fda.route());
            }
            openOrMove(c, DeadlineKind.ANNUAL_REPORT, rules.annualReport(inEffect));
        }
        refresh(c);
    }

    /** The first dose was given: without prior IRB review (emergency use), the IRB must hear within 5 working days. */
    public void firstDose(Case c, LocalDate doseDate, boolean irbReviewedBefore) {
        if (!irbReviewedBefore) {
            open(c, DeadlineKind.IRB_EMERGENCY_NOTICE, rules.irbEmergencyNotice(doseDate), null);
            refresh(c);
        }
    }

    /** A suspected adverse reaction that is serious and unexpected: an IND safety report is due. */
    public Deadline safetyReport(Case c, UUID adverseEventId, LocalDate awareOn, boolean fatalOrLifeThreatening) {
        Deadline d = open(c, DeadlineKind.SAFETY_REPORT, rules.safetyReport(awareOn, fatalOrLifeThreatening), adverseEventId);
        refresh(c);
        return d;
    }

    // ------------------------------------------------------------ operations

    @Transactional(Transactional.TxType.MANDATORY)
    public Deadline open(Case c, DeadlineKind kind, LocalDate due, String rule, UUID subject) {
        Optional<Deadline> existing = find(c, kind, subject);
        if (existing.isPresent()) {
            return existing.get();
        }
        Deadline d = new Deadline();
        d.id = UUID.randomUUID();
        d.caseId = c.id;
        d.kind = kind;
        d.dueDate = due;
        d.responsible = kind.responsible();
        d.rule = rule;
        d.source = kind.source();
        d.status = Deadline.Status.OPEN;
        d.openedAt = clock.now();
        d.subjectId = subject;
        repository.persist(d);
        audit.append(c.id, Actor.CASE_SERVICE, "DEADLINE_OPENED", null, kind + " due " + due, rule + "; " + kind.source());
        return d;
    }

    private Deadline open(Case c, DeadlineKind kind, DeadlineRules.Due due, UUID subject) {
        return open(c, kind, due.date(), due.rule(), subject);
    }

    private void openOrMove(Case c, DeadlineKind kind, DeadlineRules.Due next) {
        LocalDate due = next.date();
        String rule = next.rule();
        Optional<Deadline> existing = find(c, kind, null);
        if (existing.isEmpty()) {
            open(c, kind, due, rule, null);
        } else if (existing.get().status == Deadline.Status.OPEN && !existing.get().dueDate.equals(due)) {
            Deadline d = existing.get();
            audit.append(c.id, Actor.CASE_SERVICE, "DEADLINE_MOVED", kind + " due " + d.dueDate, kind + " due " + due, rule);
            d.dueDate = due;
            d.rule = rule;
            d.approachingPublishedAt = null;
            d.missedPublishedAt = null;
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void meet(Case c, DeadlineKind kind, UUID subject, LocalDate on, String note, Actor actor) {
        find(c, kind, subject).filter(d -> d.status == Deadline.Status.OPEN).ifPresent(d -> meet(c, d, on, note, actor));
    }

    /** Met, as the system or a recorded fact shows it; {@code note} holds references and dates only. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void meet(Case c, Deadline d, LocalDate on, String note, Actor actor) {
        meet(c, d, on, note, note, null, actor);
    }

    /** Met, as a person says in their own words: the trail keeps only their hash (audit.AuditTrail). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void metAsStated(Case c, Deadline d, LocalDate on, String statement, Actor actor) {
        meet(c, d, on, statement, null, statement, actor);
    }

    private void meet(Case c, Deadline d, LocalDate on, String note, String facts, String statement, Actor actor) {
        d.status = Deadline.Status.MET;
        d.metAt = clock.now();
        d.metOn = on != null ? on : clock.today();
        d.metNote = note;
        audit.append(c.id, actor, "DEADLINE_MET", d.kind + " due " + d.dueDate, d.kind + " met " + d.metOn, facts,
                statement);
        refresh(c);
    }

    private void cancelOpen(Case c, String reason) {
        for (Deadline d : repository.open(c.id)) {
            if (d.kind != DeadlineKind.SAFETY_REPORT) { // a safety report is owed whatever becomes of the case
                cancel(c, d, reason);
            }
        }
    }

    private void cancel(Case c, Deadline d, String reason) {
        d.status = Deadline.Status.CANCELLED;
        d.cancelledReason = reason;
        audit.append(c.id, Actor.CASE_SERVICE, "DEADLINE_CANCELLED", d.kind + " due " + d.dueDate, d.kind + " cancelled", reason);
    }

    /** The case's nearest open due date and whether an obligation is overdue, for the queue order and filter. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refresh(Case c) {
        LocalDate today = clock.today();
        List<Deadline> open = repository.open(c.id);
        c.keepDeadlines(open.stream().filter(d -> d.kind.obligation()).map(d -> d.dueDate)
                .min(Comparator.naturalOrder()).orElse(null), open.stream().anyMatch(d -> d.isOverdue(today)));
    }

    public List<Deadline> of(Case c) {
        return repository.ofCase(c.id);
    }

    /** The deadline of this kind about this subject (an adverse event), or about the case itself when null. */
    public Optional<Deadline> find(Case c, DeadlineKind kind, UUID subject) {
        return repository.find(c.id, kind, subject);
    }

    /** The IND safety report deadline an adverse event opened, if it opened one. */
    public Optional<Deadline> safetyReportOf(UUID caseId, UUID adverseEventId) {
        return repository.find(caseId, DeadlineKind.SAFETY_REPORT, adverseEventId);
    }
}
