package org.expandedaccess.intake.requests;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A submitted request. Owner = token subject of the requesting physician. Never hard-deleted. */
@Entity
@Table(name = "request")
public class Request extends PanacheEntityBase {

    public enum Status { SUBMITTED }

    @Id
    public UUID id;
    @Column(name = "owner_id")
    public String ownerId;
    @Column(name = "owner_username")
    public String ownerUsername;
    @Column(name = "owner_email")
    public String ownerEmail;
    @Column(name = "submitted_by")
    public String submittedBy;
    @Column(name = "program_id")
    public String programId;
    @Column(name = "patient_initials")
    public String patientInitials;
    @Column(name = "diagnosis_code")
    public String diagnosisCode;
    public boolean emergency;
    @Enumerated(EnumType.STRING)
    public Status status;
    public int version;
    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;
    @Column(name = "idempotency_key")
    public String idempotencyKey;
}
