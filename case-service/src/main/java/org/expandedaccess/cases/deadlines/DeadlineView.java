package org.expandedaccess.cases.deadlines;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Deadline", description = "A regulatory or program deadline of a case.")
public record DeadlineView(
        UUID id,
        DeadlineKind kind,
        @Schema(description = "Last day to act, in the sponsor's time zone") LocalDate dueDate,
        @Schema(description = "Who must act") DeadlineKind.Responsible responsible,
        @Schema(example = "15 working days after the FDA phone authorisation (2026-11-27)") String rule,
        @Schema(example = "21 CFR 312.310(d)") String source,
        @Schema(description = "OPEN, MET, OVERDUE (open and past due) or CANCELLED") String status,
        @Schema(description = "When it was met (the day it was done, as recorded)") LocalDate metOn,
        String metNote,
        String cancelledReason,
        @Schema(description = "The adverse event a safety report is for") UUID adverseEventId,
        OffsetDateTime openedAt) {

    static DeadlineView of(Deadline d, LocalDate today) {
        String status = d.isOverdue(today) ? "OVERDUE" : d.status.name();
        return new DeadlineView(d.id, d.kind, d.dueDate, d.responsible, d.rule, d.source, status, d.metOn, d.metNote,
                d.cancelledReason, d.subjectId, d.openedAt);
    }
}
