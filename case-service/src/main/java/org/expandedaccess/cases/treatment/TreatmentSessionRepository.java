package org.expandedaccess.cases.treatment;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** The treatment sessions recorded on cases. */
@ApplicationScoped
public class TreatmentSessionRepository implements PanacheRepositoryBase<TreatmentSessionRecord, UUID> {

    public List<TreatmentSessionRecord> ofCase(UUID caseId) {
        return list("caseId", caseId);
    }
}
