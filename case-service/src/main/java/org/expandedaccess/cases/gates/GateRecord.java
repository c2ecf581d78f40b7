package org.expandedaccess.cases.gates;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** A recorded gate of one case; {@code details} is the JSON of the gate's {@link GateDetails} record. */
@Entity
@Table(name = "case_gate")
@IdClass(GateRecord.Key.class)
public class GateRecord {

    @Id
    public UUID caseId;
    @Id
    @Enumerated(EnumType.STRING)
    public Gate gate;
    public String details;
    public String recordedBy;
    public String recordedRole;
    public OffsetDateTime recordedAt;

    public static class Key implements Serializable {
        public UUID caseId;
        public Gate gate;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(caseId, k.caseId) && gate == k.gate;
        }

        @Override
        public int hashCode() {
            return Objects.hash(caseId, gate);
        }
    }
}
