package org.expandedaccess.cases.lifecycle;

import java.util.EnumSet;
import java.util.Set;

/** States of a case (docs/regulatory/case-lifecycle.md); the moves between them are {@link CaseTransitions}. */
public enum CaseStatus {
    SUBMITTED, SCREENING, UNDER_REVIEW, INFO_REQUESTED, APPROVED, DECLINED, AUTHORIZING, READY_TO_SHIP,
    SHIPPED, IN_TREATMENT, TREATMENT_COMPLETED, CLOSED, WITHDRAWN;

    /** The sponsor approved or declined the request; every state an approved case goes on to. */
    private static final Set<CaseStatus> DECIDED = EnumSet.of(APPROVED, DECLINED, AUTHORIZING, READY_TO_SHIP, SHIPPED,
            IN_TREATMENT, TREATMENT_COMPLETED, CLOSED);

    /** Declined, closed and withdrawn cases change no more. */
    public boolean isFinal() {
        return this == DECLINED || this == CLOSED || this == WITHDRAWN;
    }

    /** Approved or declined: the request may no longer be amended. */
    public boolean isDecided() {
        return DECIDED.contains(this);
    }
}
