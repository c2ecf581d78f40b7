package org.expandedaccess.eligibility.rules;

import java.util.Map;
import java.util.Set;

/**
 * The rules a program definition may name, each mapped to the type that builds its check from the criterion's
 * parameters. Adding a program or changing a threshold is a change of data; a new kind of rule is a new
 * {@link Check} type and one line here.
 *
 * <ul>
 * <li>{@code atLeast}: {@link AtLeast}</li>
 * <li>{@code lessThan}: {@link LessThan}</li>
 * <li>{@code facts}: {@link ExpectedFacts}</li>
 * <li>{@code comorbidity}: {@link Comorbidity}</li>
 * <li>{@code currentMedication}: {@link CurrentMedication}</li>
 * <li>{@code adequateTrial}: {@link AdequateTrial}</li>
 * </ul>
 */
public final class Checks {

    /** Builds one rule's check from its parameters (read through {@link CheckParameters}). */
    @FunctionalInterface
    interface Factory {
        Check build(CheckParameters parameters, CriterionKind kind);
    }

    private static final Map<String, Factory> FACTORIES = Map.of(
            "atLeast", (p, kind) -> AtLeast.of(p),
            "lessThan", (p, kind) -> LessThan.of(p),
            "facts", ExpectedFacts::of,
            "comorbidity", (p, kind) -> Comorbidity.of(p),
            "currentMedication", (p, kind) -> CurrentMedication.of(p),
            "adequateTrial", (p, kind) -> AdequateTrial.of(p));

    public static final Set<String> RULES = FACTORIES.keySet();

    private Checks() {
    }

    /**
     * Builds the check of a rule.
     *
     * @throws IllegalArgumentException naming the rule or parameter that is wrong
     * @throws ArithmeticException where a whole number is expected and a fraction given
     */
    public static Check build(String rule, Map<String, Object> parameters, CriterionKind kind) {
        Factory factory = FACTORIES.get(rule == null ? "" : rule);
        if (factory == null) {
            throw new IllegalArgumentException("unknown rule '" + rule + "'; known rules are "
                    + String.join(", ", RULES.stream().sorted().toList()));
        }
        CheckParameters p = new CheckParameters(parameters == null ? Map.of() : parameters);
        Check check = factory.build(p, kind);
        p.noOthers();
        return check;
    }
}
