package org.expandedaccess.eligibility.determinations;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.expandedaccess.eligibility.rules.Outcome;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "Determination", description = "One automatic evaluation of one version of a request, with the "
        + "medical reviewers' overrides of it (oldest first).")
public record DeterminationView(
        UUID id,
        UUID requestId,
        @Schema(example = "1") int requestVersion,
        @Schema(example = "mdma-ptsd") String programId,
        @Schema(example = "2026.1") String programVersion,
        @Schema(description = "The automatic outcome") Outcome outcome,
        @Schema(description = "Criteria that made the outcome: exclusions met and inclusions not met for INELIGIBLE, "
                + "review flags and unknowns for NEEDS_REVIEW; empty for ELIGIBLE", example = "[\"caps5-severity\"]")
        List<String> decidingCriteria,
        List<CriterionResultView> criteria,
        OffsetDateTime determinedAt,
        List<ReviewView> reviews) {
}
