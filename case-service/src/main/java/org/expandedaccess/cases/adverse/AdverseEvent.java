package org.expandedaccess.cases.adverse;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
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
public class AdverseEvent extends PanacheEntityBase {

    public enum Relation { NOT_RELATED, UNLIKELY, POSSIBLE, PROBABLE, DEFINITE }

    public enum Outcome { RECOVERED, RECOVERING, NOT_RECOVERED, RECOVERED_WITH_SEQUELAE, FATAL, UNKNOWN }

    @Id
    public UUID id;
    @Column(name = "case_id")
    public UUID caseId;
    public String description;
    @Column(name = "onset_date")
    public LocalDate onsetDate;
    @Column(name = "aware_date")
    public LocalDate awareDate;
    public boolean serious;
    public boolean unexpected;
    @Column(name = "fatal_or_life_threatening")
    public boolean fatalOrLifeThreatening;
    @Enumerated(EnumType.STRING)
    public Relation relation;
    @Enumerated(EnumType.STRING)
    public Outcome outcome;
    @Column(name = "recorded_by")
    public String recordedBy;
    @Column(name = "recorded_role")
    public String recordedRole;
    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
    @Column(name = "report_submitted_on")
    public LocalDate reportSubmittedOn;
    @Column(name = "report_reference")
    public String reportReference;

    /**
     * A suspected adverse reaction (a reasonable possibility that the drug caused it, 21 CFR 312.32(a)) that is
     * serious and unexpected needs an IND safety report (21 CFR 312.32(c)(1)).
     */
    public boolean needsSafetyReport() {
        return serious && unexpected
                && (relation == Relation.POSSIBLE || relation == Relation.PROBABLE || relation == Relation.DEFINITE);
    }
}
