package org.expandedaccess.cases.triage;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** Notes on cases. */
@ApplicationScoped
public class NoteRepository implements PanacheRepositoryBase<Note, UUID> {

    public List<Note> ofCase(UUID caseId) {
        return list("caseId = ?1 order by createdAt", caseId);
    }
}
