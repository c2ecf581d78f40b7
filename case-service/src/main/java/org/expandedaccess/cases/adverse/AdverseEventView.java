package org.expandedaccess.cases.adverse;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "AdverseEvent")
public record AdverseEventView(UUID id, String description, LocalDate onsetDate, LocalDate awareDate, boolean serious,
                               boolean unexpected, boolean fatalOrLifeThreatening, AdverseEvent.Relation relation,
                               AdverseEvent.Outcome outcome,
                               @Schema(description = "Serious, unexpected and suspected: an IND safety report is due")
                               boolean safetyReportRequired,
                               @Schema(description = "7 or 15 calendar days from awareness (21 CFR 312.32(c))")
                               LocalDate safetyReportDueDate,
                               LocalDate reportSubmittedOn, String reportReference, String recordedBy,
                               OffsetDateTime recordedAt) {

    static AdverseEventView of(AdverseEvent e, LocalDate due) {
        return new AdverseEventView(e.id, e.description, e.onsetDate, e.awareDate, e.serious, e.unexpected,
                e.fatalOrLifeThreatening, e.relation, e.outcome, e.needsSafetyReport(), due, e.reportSubmittedOn,
                e.reportReference, e.recordedBy, e.recordedAt);
    }
}
