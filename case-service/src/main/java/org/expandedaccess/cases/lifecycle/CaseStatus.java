package org.expandedaccess.cases.lifecycle;

/** States of a case (docs/regulatory/case-lifecycle.md); the moves between them are {@link CaseTransitions}. */
public enum CaseStatus {
    SUBMITTED, SCREENING, UNDER_REVIEW, INFO_REQUESTED, APPROVED, DECLINED, AUTHORIZING, READY_TO_SHIP,
    SHIPPED, IN_TREATMENT, TREATMENT_COMPLETED, CLOSED, WITHDRAWN;

    /** Declined, closed and withdrawn cases change no more. */
    public boolean isFinal() {
        return this == DECLINED || this == CLOSED || this == WITHDRAWN;
    }

    /** Approved or declined: the request may no longer be amended. */
    public boolean isDecided() {
        return ordinal() >= APPROVED.ordinal() && this != WITHDRAWN;
    }
}
