package org.expandedaccess.eligibility.screening;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The screening of one request. */
@Entity
@Table(name = "screening")
public class Screening extends PanacheEntityBase {

    public enum Status { PENDING }

    @Id
    @Column(name = "request_id")
    public UUID requestId;
    @Column(name = "program_id")
    public String programId;
    @Column(name = "physician_id")
    public String physicianId;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Column(name = "received_at")
    public OffsetDateTime receivedAt;
}
