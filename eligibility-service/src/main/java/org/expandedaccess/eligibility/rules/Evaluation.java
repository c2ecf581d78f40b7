package org.expandedaccess.eligibility.rules;

import java.util.List;

/**
 * The result of evaluating a request against a program definition. {@code decidingCriteria} names
 * the criteria that made the outcome what it is: for INELIGIBLE the exclusions met and inclusions not
 * met, for NEEDS_REVIEW the review flags raised and the criteria left UNKNOWN; empty for ELIGIBLE.
 */
public record Evaluation(String programId, String programVersion, Outcome outcome, List<String> decidingCriteria,
                         List<CriterionResult> criteria) {
}
