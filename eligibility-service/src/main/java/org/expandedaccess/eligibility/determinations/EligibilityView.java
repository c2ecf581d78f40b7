package org.expandedaccess.eligibility.determinations;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.expandedaccess.eligibility.rules.Outcome;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Eligibility", description = "Where the screening of a request stands.")
public record EligibilityView(
        @Schema(required = true) UUID requestId,
        @Schema(example = "mdma-ptsd", required = true) String programId,
        @Schema(required = true) boolean withdrawn,
        OffsetDateTime withdrawnAt,
        @Schema(description = "The outcome in force: the latest override of the current determination, else the "
                + "automatic outcome; null until the first determination") Outcome outcome,
        @Schema(description = "AUTOMATIC or MEDICAL_REVIEW; null until the first determination", example = "AUTOMATIC")
        String decidedBy,
        @Schema(description = "The current determination (of the latest request version); null until the first")
        DeterminationView determination) {
}
