package org.expandedaccess.eligibility.rules;

import java.util.Map;

/**
 * One criterion of a program definition: id, plain-language description, kind, the rule and
 * parameters it was built from (shown to users), where it comes from, and the check itself.
 */
public record Criterion(String id, String description, CriterionKind kind, String rule,
                        Map<String, Object> parameters, String source, Check check) {
}
