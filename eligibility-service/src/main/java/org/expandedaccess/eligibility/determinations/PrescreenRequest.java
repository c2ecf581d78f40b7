package org.expandedaccess.eligibility.determinations;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.expandedaccess.eligibility.rules.ScreeningInput;

import java.util.List;

@Schema(name = "PrescreenRequest", description = "The clinical content of a request, as in RequestSubmitted; "
        + "other fields of a request draft are accepted and ignored. Missing values come out UNKNOWN.",
        additionalProperties = Schema.True.class)
public record PrescreenRequest(@Schema(example = "mdma-ptsd") @NotBlank String programId,
                               ScreeningInput.Patient patient, ScreeningInput.Clinical clinical,
                               List<ScreeningInput.PriorTreatment> priorTreatments,
                               ScreeningInput.Alternatives alternatives, ScreeningInput.Attestations attestations) {

    ScreeningInput toInput() {
        return new ScreeningInput(patient, clinical, priorTreatments, alternatives, attestations);
    }
}
