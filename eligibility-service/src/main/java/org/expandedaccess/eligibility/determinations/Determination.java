package org.expandedaccess.eligibility.determinations;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
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
    @Column(name = "request_id")
    public UUID requestId;
    @Column(name = "request_version")
    public int requestVersion;
    @Column(name = "program_id")
    public String programId;
    @Column(name = "program_version")
    public String programVersion;
    @Enumerated(EnumType.STRING)
    public Outcome outcome;
    /** JSON array of criterion ids. */
    @Column(name = "deciding_criteria")
    public String decidingCriteria;
    /** JSON array of {@link CriterionResultView}. */
    public String criteria;
    @Column(name = "event_id")
    public String eventId;
    @Column(name = "event_type")
    public String eventType;
    @Column(name = "determined_at")
    public OffsetDateTime determinedAt;
}
