package org.expandedaccess.eligibility.determinations;

import org.expandedaccess.eligibility.rules.Outcome;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Payload of {@code org.expandedaccess.eligibility.overridden.v1} (docs/events/eligibility.overridden.v1.schema.json). */
public record EligibilityOverridden(UUID reviewId, UUID determinationId, UUID requestId, int requestVersion,
                                    String programId, String programVersion, Outcome automaticOutcome,
                                    Outcome outcome, String justification, Reviewer reviewer,
                                    OffsetDateTime reviewedAt) {

    public static final String TYPE = "org.expandedaccess.eligibility.overridden.v1";

    public record Reviewer(String id, String username) {
    }
}
