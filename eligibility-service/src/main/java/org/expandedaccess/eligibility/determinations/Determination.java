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

/** One automatic evaluation of one version of a request; never changed once written. */
@Entity
@Table(name = "determination")
public class Determination extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID requestId;
    public int requestVersion;
    public String programId;
    public String programVersion;
    @Enumerated(EnumType.STRING)
    public Outcome outcome;
    /** JSON array of criterion ids. */
    public String decidingCriteria;
    /** JSON array of {@link CriterionResultView}. */
    public String criteria;
    public String eventId;
    public String eventType;
    public OffsetDateTime determinedAt;
}
