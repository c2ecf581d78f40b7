package org.expandedaccess.eligibility.determinations;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.expandedaccess.eligibility.rules.Outcome;

import java.util.List;

@Schema(name = "PrescreenResult", description = "What screening would decide now; nothing is stored.")
public record PrescreenResult(@Schema(example = "mdma-ptsd") String programId,
                              @Schema(example = "2026.1") String programVersion,
                              Outcome outcome,
                              @Schema(example = "[\"caps5-severity\"]") List<String> decidingCriteria,
                              List<CriterionResultView> criteria) {
}
