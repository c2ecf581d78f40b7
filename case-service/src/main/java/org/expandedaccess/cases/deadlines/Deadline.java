package org.expandedaccess.cases.deadlines;

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
public class Deadline {

    public enum Status { OPEN, MET, CANCELLED }

    @Id
    public UUID id;
    public UUID caseId;
    @Enumerated(EnumType.STRING)
    public DeadlineKind kind;
    public LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    public DeadlineKind.Responsible responsible;
    public String rule;
    public String source;
    @Enumerated(EnumType.STRING)
    public Status status;
    public OffsetDateTime openedAt;
    public OffsetDateTime metAt;
    public LocalDate metOn;
    public String metNote;
    public String cancelledReason;
    /** What the deadline is about when a case can have several of a kind (the adverse event). */
    public UUID subjectId;
    public OffsetDateTime approachingPublishedAt;
    public OffsetDateTime missedPublishedAt;

    public boolean isOverdue(LocalDate today) {
        return status == Status.OPEN && kind.obligation() && today.isAfter(dueDate);
    }
}
