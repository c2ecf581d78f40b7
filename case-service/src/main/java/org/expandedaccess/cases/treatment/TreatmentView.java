package org.expandedaccess.cases.treatment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "Treatment", description = "The session plan, what was recorded, deviations from the program and progress.")
public record TreatmentView(
        LocalDate startedOn,
        List<PlannedSession> plan,
        List<Recorded> sessions,
        @Schema(description = "Deviations from the program; they do not block recording") List<Deviation> deviations,
        DosingProgress dosing,
        @Schema(description = "Whether treatment may be completed now without a reason for ending early") boolean completionAllowed,
        String completionProblem) {

    @Schema(name = "RecordedSessionEntry")
    public record Recorded(UUID id, RecordedSession session, String recordedBy, OffsetDateTime recordedAt) {
    }
}
