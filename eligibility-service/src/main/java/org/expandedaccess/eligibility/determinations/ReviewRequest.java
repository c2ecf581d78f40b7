package org.expandedaccess.eligibility.determinations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.expandedaccess.eligibility.rules.Outcome;

@Schema(name = "ReviewRequest", description = "A medical reviewer's decision on the current determination.")
public record ReviewRequest(
        @Schema(description = "ELIGIBLE or INELIGIBLE", example = "ELIGIBLE") @NotNull Outcome outcome,
        @Schema(description = "Why, in at least one full sentence (20 characters and three words or more)",
                example = "Sertraline was stopped after 7 weeks for intolerable nausea; the taper plan is safe.")
        @NotBlank @Size(min = 20, max = 4000) String justification) {
}
