package org.expandedaccess.eligibility.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Rule {@code currentMedication} {classes}: MET when any current medication is of one of the classes. */
public record CurrentMedication(Set<String> classes) implements Check {

    static CurrentMedication of(CheckParameters p) {
        return new CurrentMedication(p.codes("classes", Facts.MEDICATION_CLASSES));
    }

    @Override
    public Verdict evaluate(ScreeningInput in) {
        List<ScreeningInput.Medication> meds = Facts.medications(in);
        Map<String, Object> evidence = new LinkedHashMap<>();
        if (meds == null) {
            evidence.put("medications", null);
            return new Verdict(CriterionStatus.UNKNOWN, evidence, "current medications are not given");
        }
        List<Map<String, Object>> matching = new ArrayList<>();
        boolean unknownClass = false;
        for (ScreeningInput.Medication m : meds) {
            if (m == null) {
                continue;
            }
            if (m.medicationClass() == null) {
                unknownClass = true;
            } else if (classes.contains(m.medicationClass().trim().toUpperCase(Locale.ROOT))) {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("name", m.name());
                one.put("medicationClass", m.medicationClass());
                matching.add(one);
            }
        }
        evidence.put("medicationCount", meds.size());
        evidence.put("matching", matching);
        if (!matching.isEmpty()) {
            return new Verdict(CriterionStatus.MET, evidence, matching.size()
                    + " current medication(s) to review for tapering before dosing");
        }
        if (unknownClass) {
            return new Verdict(CriterionStatus.UNKNOWN, evidence, "a current medication has no class");
        }
        return new Verdict(CriterionStatus.NOT_MET, evidence, "no current medication of "
                + String.join(", ", classes.stream().sorted().toList()));
    }
}
