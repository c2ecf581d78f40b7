package org.expandedaccess.cases.deadlines;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The deadlines of cases. */
@ApplicationScoped
public class DeadlineRepository implements PanacheRepositoryBase<Deadline, UUID> {

    /** Every deadline of the case, the nearest due first. */
    public List<Deadline> ofCase(UUID caseId) {
        return list("caseId = ?1 order by dueDate, kind", caseId);
    }

    public List<Deadline> open(UUID caseId) {
        return list("caseId = ?1 and status = ?2", caseId, Deadline.Status.OPEN);
    }

    /** The deadline of this kind about this subject (an adverse event), or about the case itself when null. */
    public Optional<Deadline> find(UUID caseId, DeadlineKind kind, UUID subject) {
        return list("caseId = ?1 and kind = ?2", caseId, kind).stream()
                .filter(d -> Objects.equals(d.subjectId, subject)).findFirst();
    }

    /** One deadline of the case by its id. */
    public Optional<Deadline> ofCase(UUID caseId, UUID deadlineId) {
        return find("id = ?1 and caseId = ?2", deadlineId, caseId).firstResultOptional();
    }
}
