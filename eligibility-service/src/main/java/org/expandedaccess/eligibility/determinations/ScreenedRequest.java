package org.expandedaccess.eligibility.determinations;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A request this service has heard of: its owner (the physician's realm username, docs/decisions/0005;
 * the token subject too when the physician submitted it), the content version last evaluated, and withdrawal.
 */
@Entity
@Table(name = "screened_request")
public class ScreenedRequest extends PanacheEntityBase {

    @Id
    @Column(name = "request_id")
    public UUID requestId;
    @Column(name = "program_id")
    public String programId;
    @Column(name = "physician_id")
    public String physicianId;
    @Column(name = "physician_username")
    public String physicianUsername;
    @Column(name = "evaluated_version")
    public Integer evaluatedVersion;
    @Column(name = "received_at")
    public OffsetDateTime receivedAt;
    @Column(name = "withdrawn_at")
    public OffsetDateTime withdrawnAt;
}
