package org.expandedaccess.eligibility.determinations;

import org.expandedaccess.eligibility.rules.Outcome;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Payload of {@code org.expandedaccess.eligibility.determined.v1} (docs/events/eligibility.determined.v1.schema.json). */
public record EligibilityDetermined(UUID determinationId, UUID requestId, int requestVersion, String programId,
                                    String programVersion, RequestContent.Physician physician, Outcome outcome,
                                    List<String> decidingCriteria, List<CriterionResultView> criteria,
                                    OffsetDateTime determinedAt) {

    public static final String TYPE = "org.expandedaccess.eligibility.determined.v1";
}
