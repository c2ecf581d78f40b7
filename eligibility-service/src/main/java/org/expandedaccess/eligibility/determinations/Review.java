package org.expandedaccess.eligibility.determinations;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.expandedaccess.eligibility.rules.Outcome;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A medical reviewer's override of a determination, kept beside it. */
@Entity
@Table(name = "determination_review")
public class Review extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID determinationId;
    public UUID requestId;
    @Enumerated(EnumType.STRING)
    public Outcome outcome;
    public String justification;
    public String reviewerId;
    public String reviewerUsername;
    public String idempotencyKey;
    public OffsetDateTime reviewedAt;
}
