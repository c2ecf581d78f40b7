package org.expandedaccess.cases.form3926;

import java.util.EnumSet;
import java.util.Set;

import org.expandedaccess.cases.lifecycle.CaseStatus;

import static org.expandedaccess.cases.lifecycle.CaseStatus.AUTHORIZING;
import static org.expandedaccess.cases.lifecycle.CaseStatus.CLOSED;
import static org.expandedaccess.cases.lifecycle.CaseStatus.IN_TREATMENT;
import static org.expandedaccess.cases.lifecycle.CaseStatus.READY_TO_SHIP;
import static org.expandedaccess.cases.lifecycle.CaseStatus.SHIPPED;
import static org.expandedaccess.cases.lifecycle.CaseStatus.TREATMENT_COMPLETED;

/** Where a case state stands for Form FDA 3926: after the initial submission, after treatment. */
final class CaseStates {

    /**
     * Case states in which FDA has assigned the physician's IND after an initial submission
     * (docs/regulatory/case-lifecycle.md: these follow approval and the FDA gate of docs/regulatory/gates.md).
     */
    private static final Set<CaseStatus> AFTER_INITIAL_SUBMISSION = EnumSet.of(
            AUTHORIZING, READY_TO_SHIP, SHIPPED, IN_TREATMENT, TREATMENT_COMPLETED, CLOSED);

    /** States in which the follow-up is the summary of the expanded access use, 21 CFR 312.310(c)(2). */
    private static final Set<CaseStatus> AFTER_TREATMENT = EnumSet.of(TREATMENT_COMPLETED, CLOSED);

    private CaseStates() {
    }

    /**
     * Whether FDA has assigned the physician's IND in this state ({@code AUTHORIZING} to {@code CLOSED});
     * {@code false} for {@code null}.
     */
    static boolean afterInitialSubmission(CaseStatus status) {
        return status != null && AFTER_INITIAL_SUBMISSION.contains(status);
    }

    /** Whether treatment is over ({@code TREATMENT_COMPLETED}, {@code CLOSED}); {@code false} for {@code null}. */
    static boolean afterTreatment(CaseStatus status) {
        return status != null && AFTER_TREATMENT.contains(status);
    }
}
