package org.expandedaccess.cases.lifecycle;

import java.util.UUID;

/** What this service reads of the other request and eligibility events (tolerant readers). */
public final class InboundEvents {

    public static final String AMENDED = "org.expandedaccess.request.amended.v1";
    public static final String WITHDRAWN = "org.expandedaccess.request.withdrawn.v1";
    public static final String DETERMINED = "org.expandedaccess.eligibility.determined.v1";
    public static final String OVERRIDDEN = "org.expandedaccess.eligibility.overridden.v1";

    private InboundEvents() {
    }

    public record RequestAmended(UUID requestId, Integer version) {
    }

    public record RequestWithdrawn(UUID requestId, Integer version) {
    }

    public record EligibilityDetermined(UUID requestId, Integer requestVersion, EligibilityOutcome outcome) {
    }

    public record Reviewer(String username) {
    }

    public record EligibilityOverridden(UUID requestId, Integer requestVersion, EligibilityOutcome automaticOutcome,
                                        EligibilityOutcome outcome, Reviewer reviewer) {
    }
}
