package org.expandedaccess.eligibility.determinations;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.expandedaccess.eligibility.rules.CriterionKind;
import org.expandedaccess.eligibility.rules.CriterionResult;
import org.expandedaccess.eligibility.rules.CriterionStatus;

import java.util.Map;

@Schema(name = "CriterionResult", description = "How one criterion came out, with the values read and the rule's source.")
public record CriterionResultView(
        @Schema(example = "caps5-severity") String id,
        @Schema(example = "CAPS-5 total severity score is at least 35 (severe PTSD; MAPP2 used 28).") String description,
        CriterionKind kind,
        CriterionStatus status,
        @Schema(description = "The values of the request this criterion read", example = "{\"caps5TotalScore\": 44}")
        Map<String, Object> evidence,
        @Schema(example = "caps5TotalScore 44 is at least 35") String explanation,
        @Schema(example = "MAPP1 protocol (NCT03537014); program default") String source) {

    static CriterionResultView of(CriterionResult r) {
        return new CriterionResultView(r.id(), r.description(), r.kind(), r.status(), r.evidence(), r.explanation(),
                r.source());
    }
}
