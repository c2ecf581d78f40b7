package org.expandedaccess.cases.adverse;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The adverse events of cases. */
@ApplicationScoped
public class AdverseEventRepository implements PanacheRepositoryBase<AdverseEvent, UUID> {

    /** Oldest first: by the day the physician became aware, then by recording. */
    public List<AdverseEvent> ofCase(UUID caseId) {
        return list("caseId = ?1 order by awareDate, recordedAt", caseId);
    }

    public Optional<AdverseEvent> ofCase(UUID caseId, UUID eventId) {
        return find("id = ?1 and caseId = ?2", eventId, caseId).firstResultOptional();
    }
}
