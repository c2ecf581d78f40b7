package org.expandedaccess.eligibility.determinations;

import org.expandedaccess.eligibility.rules.Outcome;
import org.expandedaccess.platform.outbox.DomainEvent;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The events this service publishes on {@code ea.eligibility} (contracts in docs/events/): the topic, the types,
 * the payload records and one factory per event, each returning the {@link DomainEvent} that goes to the outbox,
 * keyed by the requestId.
 */
public final class EligibilityEvents {

    public static final String TOPIC = "ea.eligibility";
    public static final String DETERMINED = "org.expandedaccess.eligibility.determined.v1";
    public static final String OVERRIDDEN = "org.expandedaccess.eligibility.overridden.v1";

    private EligibilityEvents() {
    }

    /** Payload of {@value #DETERMINED} (docs/events/eligibility.determined.v1.schema.json). */
    public record EligibilityDetermined(UUID determinationId, UUID requestId, int requestVersion, String programId,
                                        String programVersion, RequestContent.Physician physician, Outcome outcome,
                                        List<String> decidingCriteria, List<CriterionResultView> criteria,
                                        OffsetDateTime determinedAt) {
    }

    /** Payload of {@value #OVERRIDDEN} (docs/events/eligibility.overridden.v1.schema.json). */
    public record EligibilityOverridden(UUID reviewId, UUID determinationId, UUID requestId, int requestVersion,
                                        String programId, String programVersion, Outcome automaticOutcome,
                                        Outcome outcome, String justification, Reviewer reviewer,
                                        OffsetDateTime reviewedAt) {
    }

    public record Reviewer(String id, String username) {
    }

    /** {@value #DETERMINED}: the automatic determination {@code d} of a version of {@code request}. */
    static DomainEvent determined(Determination d, ScreenedRequest request, List<String> decidingCriteria,
                                  List<CriterionResultView> criteria) {
        return event(d.requestId, DETERMINED, new EligibilityDetermined(d.id, d.requestId, d.requestVersion, d.programId,
                d.programVersion, new RequestContent.Physician(request.physicianId, request.physicianUsername), d.outcome,
                decidingCriteria, criteria, d.determinedAt));
    }

    /** {@value #OVERRIDDEN}: a medical reviewer's {@code review} of the determination {@code overridden}. */
    static DomainEvent overridden(Review review, Determination overridden) {
        return event(review.requestId, OVERRIDDEN, new EligibilityOverridden(review.id, overridden.id, review.requestId,
                overridden.requestVersion, overridden.programId, overridden.programVersion, overridden.outcome,
                review.outcome, review.justification, new Reviewer(review.reviewerId, review.reviewerUsername),
                review.reviewedAt));
    }

    private static DomainEvent event(UUID requestId, String type, Object payload) {
        return new DomainEvent(TOPIC, requestId.toString(), type, payload);
    }
}
