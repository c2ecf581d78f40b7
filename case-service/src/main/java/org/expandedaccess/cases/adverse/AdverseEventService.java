package org.expandedaccess.cases.adverse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.expandedaccess.cases.audit.Actor;
import org.expandedaccess.cases.audit.AuditTrail;
import org.expandedaccess.cases.deadlines.DeadlineKind;
import org.expandedaccess.cases.deadlines.DeadlineService;
import org.expandedaccess.cases.lifecycle.Case;
import org.expandedaccess.platform.outbox.Outbox;
import org.expandedaccess.cases.lifecycle.CaseService;
import org.expandedaccess.cases.lifecycle.CaseStatus;
import org.expandedaccess.platform.problem.Problem;
import org.expandedaccess.platform.problem.Problem.FieldError;
import org.expandedaccess.platform.problem.ProblemException;
import org.expandedaccess.platform.security.Caller;

import org.expandedaccess.cases.time.SponsorClock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Adverse events after shipment and the IND safety reports they open (docs/regulatory/timelines.md and case-lifecycle.md). */
@ApplicationScoped
public class AdverseEventService {

    /** "Adverse events can be recorded at any point after shipment" (docs/regulatory/case-lifecycle.md). */
    static final Set<CaseStatus> AFTER_SHIPMENT = EnumSet.of(CaseStatus.SHIPPED, CaseStatus.IN_TREATMENT,
            CaseStatus.TREATMENT_COMPLETED, CaseStatus.CLOSED, CaseStatus.WITHDRAWN);

    @Schema(name = "NewAdverseEvent")
    public record NewAdverseEvent(@Schema(required = true, maxLength = 4000) String description,
                                  @Schema(required = true) LocalDate onsetDate,
                                  @Schema(required = true, description = "When the physician became aware") LocalDate awareDate,
                                  @Schema(required = true) Boolean serious,
                                  @Schema(required = true, description = "Not listed in the investigator brochure") Boolean unexpected,
                                  @Schema(required = true) Boolean fatalOrLifeThreatening,
                                  @Schema(required = true) AdverseEvent.Relation relation,
                                  @Schema(required = true) AdverseEvent.Outcome outcome) {
    }

    @Schema(name = "SafetyReportSubmitted")
    public record SafetyReport(@Schema(required = true) LocalDate submittedOn,
                               @Schema(required = true, example = "IND 123456 SN 0007") String reference) {
    }

    private final CaseService cases;
    private final DeadlineService deadlines;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final SponsorClock clock;
    private final AdverseEventRepository events;

    AdverseEventService(CaseService cases, DeadlineService deadlines, AuditTrail audit, Outbox outbox,
                        SponsorClock clock, AdverseEventRepository events) {
        this.events = events;
        this.cases = cases;
        this.deadlines = deadlines;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public AdverseEventView record(Caller caller, UUID caseId, NewAdverseEvent body) {
        Case c = cases.lockVisible(caller, caseId);
        if (!AFTER_SHIPMENT.contains(c.status) || (c.status == CaseStatus.WITHDRAWN && c.shippedOn == null)) {
            throw new ProblemException(Problem.of("not-shipped", "Adverse events are recorded after shipment", 409,
                    "This case is " + c.status + "; adverse events are recorded once drug has shipped.")
                    .with("currentStatus", c.status));
        }
        List<FieldError> errors = problems(body, cases.today(), c.shippedOn);
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.validation(422, "The adverse event is incomplete.", errors));
        }
        AdverseEvent e = new AdverseEvent();
        e.id = UUID.randomUUID();
        e.caseId = c.id;
        e.description = body.description().trim();
        e.onsetDate = body.onsetDate();
        e.awareDate = body.awareDate();
        e.serious = body.serious();
        e.unexpected = body.unexpected();
        e.fatalOrLifeThreatening = body.fatalOrLifeThreatening();
        e.relation = body.relation();
        e.outcome = body.outcome();
        Actor actor = Actor.of(caller);
        e.recordedBy = actor.username();
        e.recordedRole = actor.role();
        e.recordedAt = clock.now();
        events.persist(e);
        // coded facts in the trail and the event; the description stays in this record
        audit.append(c.id, actor, "ADVERSE_EVENT_RECORDED", null, "adverse event " + e.id + ": serious=" + e.serious
                + ", unexpected=" + e.unexpected + ", fatal or life-threatening=" + e.fatalOrLifeThreatening
                + ", relation=" + e.relation + ", aware " + e.awareDate, null);
        LocalDate due = null;
        if (e.needsSafetyReport()) {
            due = deadlines.safetyReport(c, e.id, e.awareDate, e.fatalOrLifeThreatening).dueDate;
        }
        outbox.publish(AdverseEventEvents.recorded(c, e, due, actor));
        return view(e);
    }

    @Transactional
    public AdverseEventView reportSubmitted(Caller caller, UUID caseId, UUID eventId, SafetyReport body) {
        Case c = cases.lockVisible(caller, caseId);
        AdverseEvent e = events.ofCase(c.id, eventId)
                .orElseThrow(() -> ProblemException.notFound("Adverse event " + eventId));
        List<FieldError> errors = new ArrayList<>();
        if (body == null || body.submittedOn() == null) {
            errors.add(new FieldError("submittedOn", "required (yyyy-mm-dd)"));
        } else if (body.submittedOn().isAfter(cases.today()) || body.submittedOn().isBefore(e.awareDate)) {
            errors.add(new FieldError("submittedOn", "between awareness (" + e.awareDate + ") and today"));
        }
        if (body == null || body.reference() == null || body.reference().isBlank() || body.reference().length() > 128) {
            errors.add(new FieldError("reference", "required, at most 128 characters"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.validation(422, "Say when and under which reference the report was sent.", errors));
        }
        if (!e.needsSafetyReport()) {
            throw new ProblemException(Problem.of("no-report-due", "No safety report is due", 409,
                    "Only a serious and unexpected suspected adverse reaction needs an IND safety report (21 CFR 312.32(c))."));
        }
        Actor actor = Actor.of(caller);
        e.reportSubmittedOn = body.submittedOn();
        e.reportReference = body.reference().trim();
        deadlines.meet(c, DeadlineKind.SAFETY_REPORT, e.id, e.reportSubmittedOn, "IND safety report " + e.reportReference, actor);
        return view(e);
    }

    @Transactional
    public List<AdverseEventView> list(Caller caller, UUID caseId) {
        Case c = cases.find(caller, caseId).orElseThrow(() -> ProblemException.notFound("Case " + caseId));
        return events.ofCase(c.id).stream()
                .map(this::view).toList();
    }

    private AdverseEventView view(AdverseEvent e) {
        return AdverseEventView.of(e, deadlines.safetyReportOf(e.caseId, e.id).map(d -> d.dueDate).orElse(null));
    }

    static List<FieldError> problems(NewAdverseEvent b, LocalDate today, LocalDate shippedOn) {
        List<FieldError> e = new ArrayList<>();
        if (b == null) {
            e.add(new FieldError("$", "required"));
            return e;
        }
        if (b.description() == null || b.description().isBlank()) {
            e.add(new FieldError("description", "required"));
        } else if (b.description().length() > 4000) {
            e.add(new FieldError("description", "at most 4000 characters"));
        }
        if (b.onsetDate() == null) {
            e.add(new FieldError("onsetDate", "required (yyyy-mm-dd)"));
        } else if (b.onsetDate().isAfter(today)) {
            e.add(new FieldError("onsetDate", "cannot be in the future"));
        } else if (shippedOn != null && b.onsetDate().isBefore(shippedOn)) {
            // an adverse event here is one during use of the drug, which cannot begin before it shipped
            // (21 CFR 312.32(a); docs/regulatory/case-lifecycle.md)
            e.add(new FieldError("onsetDate", "cannot be before the shipment (" + shippedOn + ")"));
        }
        if (b.awareDate() == null) {
            e.add(new FieldError("awareDate", "required (yyyy-mm-dd)"));
        } else if (b.awareDate().isAfter(today)) {
            e.add(new FieldError("awareDate", "cannot be in the future"));
        } else if (b.onsetDate() != null && b.awareDate().isBefore(b.onsetDate())) {
            e.add(new FieldError("awareDate", "cannot be before the onset"));
        }
        if (b.serious() == null) {
            e.add(new FieldError("serious", "required: true or false"));
        }
        if (b.unexpected() == null) {
            e.add(new FieldError("unexpected", "required: true or false"));
        }
        if (b.fatalOrLifeThreatening() == null) {
            e.add(new FieldError("fatalOrLifeThreatening", "required: true or false"));
        } else if (b.fatalOrLifeThreatening() && Boolean.FALSE.equals(b.serious())) {
            e.add(new FieldError("serious", "a fatal or life-threatening event is serious (21 CFR 312.32(a))"));
        }
        if (b.relation() == null) {
            e.add(new FieldError("relation", "required: NOT_RELATED, UNLIKELY, POSSIBLE, PROBABLE or DEFINITE"));
        }
        if (b.outcome() == null) {
            e.add(new FieldError("outcome", "required"));
        }
        return e;
    }
}
