package org.expandedaccess.eligibility.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Rule {@code comorbidity} {codes}: MET when any of the coded comorbidities is reported. */
public record Comorbidity(Set<String> codes) implements Check {

    static Comorbidity of(CheckParameters p) {
        return new Comorbidity(p.codes("codes", Facts.COMORBIDITIES));
    }

    @Override
    public Verdict evaluate(ScreeningInput in) {
        List<String> reported = Facts.comorbidities(in);
        Map<String, Object> evidence = new LinkedHashMap<>();
        if (reported == null) {
            evidence.put("comorbidities", null);
            return new Verdict(CriterionStatus.UNKNOWN, evidence, "comorbidities are not given");
        }
        List<String> found = reported.stream().filter(c -> c != null && codes.contains(c.trim().toUpperCase(Locale.ROOT)))
                .toList();
        evidence.put("comorbidities", List.copyOf(reported));
        evidence.put("matching", found);
        return found.isEmpty()
                ? new Verdict(CriterionStatus.NOT_MET, evidence, "none of " + String.join(", ", codes.stream().sorted().toList())
                        + " reported")
                : new Verdict(CriterionStatus.MET, evidence, "reported: " + String.join(", ", found));
    }
}
