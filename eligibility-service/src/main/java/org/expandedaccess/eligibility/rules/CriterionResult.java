package org.expandedaccess.eligibility.rules;

import java.util.Map;

/** How one criterion came out for one request, with the evidence read and the rule's source. */
public record CriterionResult(String id, String description, CriterionKind kind, CriterionStatus status,
                              Map<String, Object> evidence, String explanation, String source) {
}
