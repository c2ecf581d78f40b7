package org.expandedaccess.eligibility.programs;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.expandedaccess.eligibility.rules.CriterionKind;
import org.expandedaccess.eligibility.rules.ProgramDefinition;

import java.util.List;
import java.util.Map;

@Schema(name = "Program", description = "An active program definition: the criteria every request is screened against.")
public record ProgramView(
        @Schema(example = "mdma-ptsd") String id,
        @Schema(example = "MDMA-assisted therapy for treatment-resistant PTSD") String name,
        @Schema(example = "MDMA (midomafetamine)") String drug,
        @Schema(example = "2026.1", description = "Recorded in every determination made with this definition") String version,
        String description,
        List<CriterionView> criteria) {

    @Schema(name = "ProgramCriterion")
    public record CriterionView(
            @Schema(example = "caps5-severity") String id,
            @Schema(example = "CAPS-5 total severity score is at least 35 (severe PTSD; MAPP2 used 28).") String description,
            CriterionKind kind,
            @Schema(example = "atLeast") String rule,
            @Schema(example = "{\"fact\": \"caps5TotalScore\", \"minimum\": 35}") Map<String, Object> parameters,
            @Schema(example = "MAPP1 protocol (NCT03537014); program default") String source) {
    }

    static ProgramView of(ProgramDefinition p) {
        return new ProgramView(p.id(), p.name(), p.drug(), p.version(), p.description(), p.criteria().stream()
                .map(c -> new CriterionView(c.id(), c.description(), c.kind(), c.rule(), c.parameters(), c.source()))
                .toList());
    }
}
