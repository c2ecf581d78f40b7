package org.expandedaccess.cases.lifecycle;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "CaseSummary", description = "A case as the queue lists it.")
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
        @Schema(description = "Screening outcome of the latest determination, null before screening") EligibilityOutcome eligibilityOutcome,
        @Schema(description = "Sponsor staff member working the case") String assignee,
        @Schema(description = "Nearest open deadline") LocalDate nextDueDate,
        @Schema(description = "An open deadline has passed") boolean overdue,
        OffsetDateTime submittedAt,
        OffsetDateTime openedAt,
        OffsetDateTime statusChangedAt) {

    public static CaseView of(Case c) {
        return new CaseView(c.id, c.reference, c.requestId, c.programId, c.status, c.emergency, c.patientInitials,
                c.diagnosisCode, c.physicianUsername, c.eligibilityOutcome, c.assignee, c.nextDueDate, c.overdue,
                c.submittedAt, c.openedAt, c.statusChangedAt);
    }
}
