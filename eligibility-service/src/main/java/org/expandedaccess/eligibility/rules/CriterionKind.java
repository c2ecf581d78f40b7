package org.expandedaccess.eligibility.rules;

/**
 * What a criterion does to the outcome when it is MET: an inclusion must be met, an exclusion must
 * not be, a needs-review criterion sends the request to a medical reviewer.
 */
public enum CriterionKind { INCLUSION, EXCLUSION, NEEDS_REVIEW }
