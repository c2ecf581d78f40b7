package org.expandedaccess.cases.gates;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

/** The recorded gates of cases, one row per case and gate. */
@ApplicationScoped
public class GateRecordRepository implements PanacheRepositoryBase<GateRecord, GateRecord.Key> {

    public List<GateRecord> ofCase(UUID caseId) {
        return list("caseId", caseId);
    }

    public GateRecord find(UUID caseId, Gate gate) {
        GateRecord.Key key = new GateRecord.Key();
        key.caseId = caseId;
        key.gate = gate;
        return findById(key);
    }
}
