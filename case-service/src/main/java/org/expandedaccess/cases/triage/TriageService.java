package org.expandedaccess.cases.triage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.expandedaccess.cases.audit.Actor;
import org.expandedaccess.cases.audit.AuditTrail;
import org.expandedaccess.cases.lifecycle.Case;
import org.expandedaccess.cases.lifecycle.CaseService;
import org.expandedaccess.platform.problem.Problem.FieldError;
import org.expandedaccess.platform.problem.ProblemException;
import org.expandedaccess.platform.security.Caller;

import org.expandedaccess.cases.time.SponsorClock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Assignment and notes: sponsor staff's work on the queue (docs/regulatory/roles-and-permissions.md). */
@ApplicationScoped
public class TriageService {

    @Schema(name = "Assignment", description = "Who works the case next; null to unassign.")
    public record Assignment(@Schema(example = "mark.reviewer") String assignee) {
    }

    @Schema(name = "NewNote", description = "A note for sponsor staff; marked for the physician, they see it too.")
    public record NewNote(@Schema(required = true, maxLength = 4000) String text, boolean visibleToPhysician) {
    }

    private final CaseService cases;
    private final AuditTrail audit;
    private final SponsorClock clock;
    private final NoteRepository notes;

    TriageService(CaseService cases, AuditTrail audit, SponsorClock clock, NoteRepository notes) {
        this.notes = notes;
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Case assign(Caller caller, UUID id, Assignment body) {
        String to = body == null || body.assignee() == null || body.assignee().isBlank() ? null : body.assignee().trim();
        if (to != null && !to.matches("[A-Za-z0-9._@-]{1,200}")) {
            throw ProblemException.invalid("The assignee is a realm username.",
                    List.of(new FieldError("assignee", "letters, digits and . _ @ - only, at most 200")));
        }
        Case c = cases.lockVisible(caller, id);
        if (!Objects.equals(c.assignee, to)) {
            audit.append(c.id, Actor.of(caller), "ASSIGNED", c.assignee, to, null);
            c.assignTo(to);
        }
        cases.sponsorActed(c, Actor.of(caller));
        return c;
    }

    @Transactional
    public NoteView addNote(Caller caller, UUID id, NewNote body) {
        if (body == null || body.text() == null || body.text().isBlank()) {
            throw ProblemException.invalid("A note needs text.", List.of(new FieldError("text", "required")));
        }
        if (body.text().length() > 4000) {
            throw ProblemException.invalid("The note is too long.", List.of(new FieldError("text", "at most 4000 characters")));
        }
        Case c = cases.lockVisible(caller, id);
        Note n = new Note();
        n.id = UUID.randomUUID();
        n.caseId = c.id;
        Actor actor = Actor.of(caller);
        n.author = actor.username();
        n.authorRole = actor.role();
        n.text = body.text().trim();
        n.visibleToPhysician = body.visibleToPhysician();
        n.createdAt = clock.now();
        notes.persist(n);
        // the text stays in the note: a physician may read this trail, and sponsor-only notes must not leak
        audit.append(c.id, actor, "NOTE_ADDED", null, "note " + n.id + (n.visibleToPhysician
                ? " (visible to the physician)" : " (sponsor staff only)"), null);
        cases.sponsorActed(c, actor);
        return NoteView.of(n);
    }

    /** Notes the caller may read: sponsor staff and auditors all, the physician those marked for them. */
    @Transactional
    public List<NoteView> notes(Caller caller, UUID id) {
        return notes(caller, cases.find(caller, id).orElseThrow(() -> ProblemException.notFound("Case " + id)));
    }

    /** The notes of a case the caller may already see. */
    public List<NoteView> notes(Caller caller, Case c) {
        boolean physicianOnly = !caller.seesAll();
        return notes.ofCase(c.id).stream()
                .filter(n -> !physicianOnly || n.visibleToPhysician).map(NoteView::of).toList();
    }
}
