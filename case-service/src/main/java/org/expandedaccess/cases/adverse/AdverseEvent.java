package org.expandedaccess.cases.adverse;

import org.expandedaccess.cases.deadlines.rules.DeadlineRules;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An adverse event recorded on a case after shipment (21 CFR 312.32). */
@Entity
@Table(name = "adverse_event")
public class AdverseEvent {

    public enum Relation {
        NOT_RELATED, UNLIKELY, POSSIBLE, PROBABLE, DEFINITE;

        /** A reasonable possibility that the drug caused the event: a suspected adverse reaction (21 CFR 312.32(a)). */
        public boolean suspected() {
            return this == POSSIBLE || this == PROBABLE || this == DEFINITE;
        }
    }

    public enum Outcome { RECOVERED, RECOVERING, NOT_RECOVERED, RECOVERED_WITH_SEQUELAE, FATAL, UNKNOWN }

    @Id
    public UUID id;
    public UUID caseId;
    public String description;
    public LocalDate onsetDate;
    public LocalDate awareDate;
    public boolean serious;
    public boolean unexpected;
    public boolean fatalOrLifeThreatening;
    @Enumerated(EnumType.STRING)
    public Relation relation;
    @Enumerated(EnumType.STRING)
    public Outcome outcome;
    public String recordedBy;
    public String recordedRole;
    public OffsetDateTime recordedAt;
    public LocalDate reportSubmittedOn;
    public String reportReference;

    /**
     * A suspected adverse reaction (a reasonable possibility that the drug caused it, 21 CFR 312.32(a)) that is
     * serious and unexpected needs an IND safety report (21 CFR 312.32(c)(1)).
     */
    public boolean needsSafetyReport() {
        return DeadlineRules.safetyReportRequired(serious, unexpected, relation != null && relation.suspected());
    }
}
