package org.expandedaccess.intake.requests;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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
    public String ownerUsername;
    public String ownerSubject;
    public String createdBySubject;
    public String createdByClient;
    public boolean viaIntegrator;
    public String programId;
    @Enumerated(EnumType.STRING)
    public Status status;
    public boolean emergency;
    public int currentVersion;
    /** JSON of the draft, or of the latest version once submitted. */
    public String content;
    public OffsetDateTime createdAt;
    public OffsetDateTime updatedAt;
    public OffsetDateTime submittedAt;
    public OffsetDateTime withdrawnAt;
    public String withdrawReason;
    /** When case-service reported the case approved or declined; amendments end then. */
    public OffsetDateTime decidedAt;
}
