package org.expandedaccess.eligibility.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Rule {@code facts} {expected, notApplicableWhen?}: MET when every fact has its expected value (a list means
 * any of them); NOT_MET as soon as one known fact differs; otherwise UNKNOWN, unless the facts in
 * notApplicableWhen all hold, which makes the criterion harmless (NOT_MET for exclusions and review flags,
 * MET for inclusions).
 *
 * @param harmless what the criterion comes out as when it does not apply
 */
public record ExpectedFacts(Map<String, Set<Object>> expected, Map<String, Set<Object>> notApplicableWhen,
                            CriterionStatus harmless) implements Check {

    static ExpectedFacts of(CheckParameters p, CriterionKind kind) {
        return new ExpectedFacts(p.factValues("expected", true), p.factValues("notApplicableWhen", false),
                kind == CriterionKind.INCLUSION ? CriterionStatus.MET : CriterionStatus.NOT_MET);
    }

    @Override
    public Verdict evaluate(ScreeningInput in) {
        Map<String, Object> evidence = new LinkedHashMap<>();
        List<String> differ = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        expected.forEach((fact, allowed) -> {
            Object value = Facts.read(in, fact);
            evidence.put(fact, value);
            if (value == null) {
                missing.add(fact);
            } else if (!allowed.contains(normalise(value))) {
                differ.add(fact);
            }
        });
        if (!differ.isEmpty()) {
            return new Verdict(CriterionStatus.NOT_MET, evidence, "not the case: " + describe(differ, evidence));
        }
        if (missing.isEmpty()) {
            return new Verdict(CriterionStatus.MET, evidence, "stated: " + describe(new ArrayList<>(expected.keySet()), evidence));
        }
        if (!notApplicableWhen.isEmpty()) {
            boolean applies = false;
            for (Map.Entry<String, Set<Object>> e : notApplicableWhen.entrySet()) {
                Object value = Facts.read(in, e.getKey());
                evidence.put(e.getKey(), value);
                if (value == null || !e.getValue().contains(normalise(value))) {
                    applies = true;
                }
            }
            if (!applies) {
                return new Verdict(harmless, evidence, "not applicable: "
                        + describe(new ArrayList<>(notApplicableWhen.keySet()), evidence));
            }
        }
        return new Verdict(CriterionStatus.UNKNOWN, evidence, "not given: " + String.join(", ", missing));
    }

    private static Object normalise(Object value) {
        return value instanceof String s ? s.trim().toUpperCase(Locale.ROOT) : value;
    }

    private static String describe(List<String> facts, Map<String, Object> evidence) {
        return String.join(", ", facts.stream().map(f -> f + "=" + evidence.get(f)).toList());
    }
}
