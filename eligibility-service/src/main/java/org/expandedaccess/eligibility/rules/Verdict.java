package org.expandedaccess.eligibility.rules;

import java.util.Map;

/** What a check found: the status, the values it read, and one sentence saying why. */
public record Verdict(CriterionStatus status, Map<String, Object> evidence, String explanation) {
}
