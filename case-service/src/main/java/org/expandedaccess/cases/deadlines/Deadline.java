package org.expandedaccess.cases.deadlines;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One deadline of a case: due date, rule and source, and whether it is open, met or cancelled. */
@Entity
@Table(name = "case_deadline")
public class Deadline extends PanacheEntityBase {

    public enum Status { OPEN, MET, CANCELLED }

    @Id
    public UUID id;
    @Column(name = "case_id")
    public UUID caseId;
    @Enumerated(EnumType.STRING)
    public DeadlineKind kind;
    @Column(name = "due_date")
    public LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    public DeadlineKind.Responsible responsible;
    public String rule;
    public String source;
    @Enumerated(EnumType.STRING)
    public Status status;
    @Column(name = "opened_at")
    public OffsetDateTime openedAt;
    @Column(name = "met_at")
    public OffsetDateTime metAt;
    @Column(name = "met_on")
    public LocalDate metOn;
    @Column(name = "met_note")
    public String metNote;
    @Column(name = "cancelled_reason")
    public String cancelledReason;
    /** What the deadline is about when a case can have several of a kind (the adverse event). */
    @Column(name = "subject_id")
    public UUID subjectId;
    @Column(name = "approaching_published_at")
    public OffsetDateTime approachingPublishedAt;
    @Column(name = "missed_published_at")
    public OffsetDateTime missedPublishedAt;

    public boolean isOverdue(LocalDate today) {
        return status == Status.OPEN && kind.obligation() && today.isAfter(dueDate);
    }
}
