package org.expandedaccess.cases.lifecycle;

/** Screening outcomes as eligibility-service publishes them (docs/events/eligibility.determined.v1). */
public enum EligibilityOutcome {
    ELIGIBLE, INELIGIBLE, NEEDS_REVIEW
}
