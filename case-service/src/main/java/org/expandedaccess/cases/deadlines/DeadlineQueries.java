package org.expandedaccess.cases.deadlines;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.expandedaccess.cases.audit.Actor;
import org.expandedaccess.cases.lifecycle.Case;
import org.expandedaccess.cases.lifecycle.CaseService;
import org.expandedaccess.cases.time.SponsorClock;
import org.expandedaccess.platform.problem.Problem;
import org.expandedaccess.platform.problem.Problem.FieldError;
import org.expandedaccess.platform.problem.ProblemException;
import org.expandedaccess.platform.security.Caller;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reading a case's deadlines and marking one met. */
@ApplicationScoped
public class DeadlineQueries {

    @Schema(name = "DeadlineMet", description = "The deadline's act was done: on which day, and a reference.")
    public record Met(@Schema(required = true) LocalDate metOn,
                      @Schema(required = true, maxLength = 400, example = "Form 3926 and LOA sent to FDA, SN 0001") String note) {
    }

    private final CaseService cases;
    private final DeadlineService deadlines;
    private final SponsorClock clock;
    private final DeadlineRepository repository;

    DeadlineQueries(CaseService cases, DeadlineService deadlines, SponsorClock clock, DeadlineRepository repository) {
        this.repository = repository;
        this.cases = cases;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Transactional
    public List<DeadlineView> of(Caller caller, UUID caseId) {
        Case c = cases.find(caller, caseId).orElseThrow(() -> ProblemException.notFound("Case " + caseId));
        return views(c);
    }

    public List<DeadlineView> views(Case c) {
        LocalDate today = clock.today();
        return deadlines.of(c).stream().map(d -> DeadlineView.of(d, today)).toList();
    }

    /**
     * The responsible party marks a deadline met: the physician those that are theirs on their own case,
     * sponsor staff the sponsor's. Safety reports are met through the adverse event; waiting dates by time.
     */
    @Transactional
    public List<DeadlineView> markMet(Caller caller, UUID caseId, UUID deadlineId, Met body) {
        Case c = cases.lockVisible(caller, caseId);
        Deadline d = repository.ofCase(c.id, deadlineId)
                .orElseThrow(() -> ProblemException.notFound("Deadline " + deadlineId));
        boolean physicianOwns = d.responsible == DeadlineKind.Responsible.PHYSICIAN;
        boolean allowed = physicianOwns ? caller.roles().contains(Caller.PHYSICIAN) || caller.roles().contains(Caller.MEDICAL_REVIEWER)
                : caller.roles().contains(Caller.TRIAGER) || caller.roles().contains(Caller.MEDICAL_REVIEWER);
        if (!allowed) {
            throw new ProblemException(Problem.of("forbidden", "Not your deadline", 403,
                    "This deadline is the " + d.responsible.name().toLowerCase() + "'s to meet."));
        }
        if (d.kind == DeadlineKind.SAFETY_REPORT || !d.kind.obligation()) {
            throw new ProblemException(Problem.of("met-elsewhere", "Met another way", 409, d.kind == DeadlineKind.SAFETY_REPORT
                    ? "A safety report is marked submitted on its adverse event (POST .../adverse-events/{id}/safety-report)."
                    : "This date is reached with time or an FDA notice, not marked by hand."));
        }
        if (d.status != Deadline.Status.OPEN) {
            throw new ProblemException(Problem.of("deadline-closed", "The deadline is not open", 409,
                    "This deadline is " + d.status + "."));
        }
        List<FieldError> errors = new ArrayList<>();
        if (body == null || body.metOn() == null) {
            errors.add(new FieldError("metOn", "required (yyyy-mm-dd)"));
        } else if (body.metOn().isAfter(clock.today())) {
            errors.add(new FieldError("metOn", "cannot be in the future"));
        }
        if (body == null || body.note() == null || body.note().isBlank() || body.note().length() > 400) {
            errors.add(new FieldError("note", "required: what was sent and its reference, at most 400 characters"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.validation(422, "Say when it was done and how.", errors));
        }
        deadlines.metAsStated(c, d, body.metOn(), body.note().trim(), Actor.of(caller));
        return views(c);
    }
}
