package org.expandedaccess.eligibility.determinations;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.expandedaccess.eligibility.rules.Outcome;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Review", description = "A medical reviewer's override, stored beside the automatic determination.")
public record ReviewView(UUID id, UUID determinationId, Outcome outcome,
                         @Schema(example = "Sertraline was stopped after 7 weeks for intolerable nausea; the taper plan is safe.")
                         String justification,
                         @Schema(example = "mark.reviewer") String reviewer,
                         OffsetDateTime reviewedAt) {

    static ReviewView of(Review r) {
        return new ReviewView(r.id, r.determinationId, r.outcome, r.justification, r.reviewerUsername, r.reviewedAt);
    }
}
