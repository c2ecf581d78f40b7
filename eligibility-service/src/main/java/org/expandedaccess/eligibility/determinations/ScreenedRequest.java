package org.expandedaccess.eligibility.determinations;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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
    public UUID requestId;
    public String programId;
    public String physicianId;
    public String physicianUsername;
    public Integer evaluatedVersion;
    public OffsetDateTime receivedAt;
    public OffsetDateTime withdrawnAt;
}
