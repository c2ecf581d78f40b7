package org.expandedaccess.cases.lifecycle;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "CaseSummary", description = "A case as the queue lists it.")
public record CaseView(
        @Schema(required = true) UUID id,
        @Schema(description = "Human reference", example = "EA-2026-00042", required = true) String reference,
        @Schema(description = "The request this case was opened from", required = true) UUID requestId,
        @Schema(required = true) String programId,
        @Schema(required = true) CaseStatus status,
        @Schema(required = true) boolean emergency,
        @Schema(required = true) String patientInitials,
        @Schema(required = true) String diagnosisCode,
        @Schema(description = "Username of the requesting physician", required = true) String physician,
        @Schema(description = "Screening outcome of the latest determination, null before screening") EligibilityOutcome eligibilityOutcome,
        @Schema(description = "Sponsor staff member working the case") String assignee,
        @Schema(description = "Nearest open deadline") LocalDate nextDueDate,
        @Schema(description = "An open deadline has passed", required = true) boolean overdue,
        @Schema(required = true) OffsetDateTime submittedAt,
        @Schema(required = true) OffsetDateTime openedAt,
        @Schema(required = true) OffsetDateTime statusChangedAt) {

    public static CaseView of(Case c) {
        return new CaseView(c.id, c.reference, c.requestId, c.programId, c.status, c.emergency, c.patientInitials,
                c.diagnosisCode, c.physicianUsername, c.eligibilityOutcome, c.assignee, c.nextDueDate, c.overdue,
                c.submittedAt, c.openedAt, c.statusChangedAt);
    }
}
