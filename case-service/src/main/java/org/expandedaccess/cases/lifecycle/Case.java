package org.expandedaccess.cases.lifecycle;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One expanded access case, opened from a submitted request. Owner = the requesting physician. */
@Entity
@Table(name = "ea_case")
public class Case extends PanacheEntityBase {

    @Id
    public UUID id;
    public String reference;
    @Column(name = "request_id")
    public UUID requestId;
    @Column(name = "program_id")
    public String programId;
    @Enumerated(EnumType.STRING)
    public CaseStatus status;
    @Column(name = "physician_id")
    public String physicianId;
    @Column(name = "physician_username")
    public String physicianUsername;
    @Column(name = "patient_initials")
    public String patientInitials;
    @Column(name = "diagnosis_code")
    public String diagnosisCode;
    public boolean emergency;
    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;
    @Column(name = "opened_at")
    public OffsetDateTime openedAt;
    @Column(name = "status_changed_at")
    public OffsetDateTime statusChangedAt;
}
