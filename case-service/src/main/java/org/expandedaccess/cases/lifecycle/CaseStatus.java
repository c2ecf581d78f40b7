package org.expandedaccess.cases.lifecycle;

/** States of a case (domain.md section 6). Transitions beyond opening come with the lifecycle issue. */
public enum CaseStatus {
    SUBMITTED, SCREENING, UNDER_REVIEW, INFO_REQUESTED, APPROVED, DECLINED, AUTHORIZING, READY_TO_SHIP,
    SHIPPED, IN_TREATMENT, TREATMENT_COMPLETED, CLOSED, WITHDRAWN
}
