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

/**
 * A request: a draft until submitted, then frozen versions ({@link RequestVersion}). The owner is
 * the physician's realm username (docs/decisions/0005); an integrator that created it is recorded.
 */
@Entity
@Table(name = "request")
public class Request extends PanacheEntityBase {

    public enum Status { DRAFT, SUBMITTED, WITHDRAWN }

    @Id
    public UUID id;
    @Column(name = "owner_username")
    public String ownerUsername;
    @Column(name = "owner_subject")
    public String ownerSubject;
    @Column(name = "created_by_subject")
    public String createdBySubject;
    @Column(name = "created_by_client")
    public String createdByClient;
    @Column(name = "via_integrator")
    public boolean viaIntegrator;
    @Column(name = "program_id")
    public String programId;
    @Enumerated(EnumType.STRING)
    public Status status;
    public boolean emergency;
    @Column(name = "current_version")
    public int currentVersion;
    /** JSON of the draft, or of the latest version once submitted. */
    public String content;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;
    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;
    @Column(name = "withdraw_reason")
    public String withdrawReason;
    /** When case-service reported the case approved or declined; amendments end then. */
    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;
}
