package org.expandedaccess.eligibility.determinations;

import org.expandedaccess.eligibility.rules.ScreeningInput;

import java.util.List;
import java.util.UUID;

/**
 * What this service reads of {@code org.expandedaccess.request.submitted.v1} and
 * {@code org.expandedaccess.request.amended.v1} (docs/events/): both carry the full content of a
 * request version. Other fields are ignored (tolerant reader).
 */
public record RequestContent(UUID requestId, Integer version, String programId, Physician physician,
                             ScreeningInput.Patient patient, ScreeningInput.Clinical clinical,
                             List<ScreeningInput.PriorTreatment> priorTreatments,
                             ScreeningInput.Alternatives alternatives, ScreeningInput.Attestations attestations) {

    public static final String SUBMITTED = "org.expandedaccess.request.submitted.v1";
    public static final String AMENDED = "org.expandedaccess.request.amended.v1";

    public record Physician(String id, String username) {
    }

    ScreeningInput toInput() {
        return new ScreeningInput(patient, clinical, priorTreatments, alternatives, attestations);
    }
}
