package org.expandedaccess.cases.lifecycle;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Case", description = "An expanded access case.")
public record CaseView(
        UUID id,
        @Schema(description = "Human reference", example = "EA-2026-00042") String reference,
        @Schema(description = "The request this case was opened from") UUID requestId,
        String programId,
        CaseStatus status,
        boolean emergency,
        String patientInitials,
        String diagnosisCode,
        @Schema(description = "Username of the requesting physician") String physician,
        OffsetDateTime submittedAt,
        OffsetDateTime openedAt,
        OffsetDateTime statusChangedAt) {

    static CaseView of(Case c) {
        return new CaseView(c.id, c.reference, c.requestId, c.programId, c.status, c.emergency, c.patientInitials,
                c.diagnosisCode, c.physicianUsername, c.submittedAt, c.openedAt, c.statusChangedAt);
    }
}
