package org.expandedaccess.eligibility.rules;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Rule {@code adequateTrial} {medicationCategories, medicationNames, minimumMedicationWeeks, psychotherapyCategories,
 * minimumPsychotherapySessions, qualifyingOutcomes}: MET when at least one prior treatment was an adequate trial
 * that ended with a qualifying outcome. Treatment resistance: one adequate trial that failed, was not tolerated
 * or relapsed is enough. An adequate trial with another known outcome (a {@code RESPONSE}: the treatment worked)
 * does not count; one whose outcome is not given, {@code UNKNOWN} or a code this service does not know makes the
 * criterion UNKNOWN unless another trial qualifies, so that a reviewer finds out instead of a "no".
 */
public record AdequateTrial(Set<String> medicationCategories, Set<String> medicationNames, int minimumWeeks,
                            Set<String> psychotherapyCategories, int minimumSessions,
                            Set<String> qualifyingOutcomes) implements Check {

    static AdequateTrial of(CheckParameters p) {
        Set<String> qualifying = p.codes("qualifyingOutcomes", Facts.TREATMENT_OUTCOMES);
        if (qualifying.contains(Facts.OUTCOME_UNKNOWN)) {
            throw new IllegalArgumentException("parameter 'qualifyingOutcomes': " + Facts.OUTCOME_UNKNOWN
                    + " cannot show resistance (a trial whose outcome is not known makes the criterion UNKNOWN)");
        }
        return new AdequateTrial(
                p.codes("medicationCategories", Facts.TREATMENT_CATEGORIES),
                lowerCase(p.names("medicationNames")),
                p.number("minimumMedicationWeeks").intValueExact(),
                p.codes("psychotherapyCategories", Facts.TREATMENT_CATEGORIES),
                p.number("minimumPsychotherapySessions").intValueExact(),
                qualifying);
    }

    @Override
    public Verdict evaluate(ScreeningInput in) {
        Map<String, Object> evidence = new LinkedHashMap<>();
        if (in.priorTreatments() == null) {
            evidence.put("priorTreatments", null);
            return new Verdict(CriterionStatus.UNKNOWN, evidence, "prior treatments are not given");
        }
        List<Map<String, Object>> trials = new ArrayList<>();
        boolean met = false;
        boolean unknown = false;
        for (ScreeningInput.PriorTreatment t : in.priorTreatments()) {
            if (t == null) {
                continue;
            }
            Map<String, Object> trial = new LinkedHashMap<>();
            trial.put("name", t.name());
            trial.put("category", t.category());
            Integer weeks = weeks(t);
            trial.put("durationWeeks", weeks);
            trial.put("sessions", t.sessions());
            trial.put("outcome", t.outcome());
            CriterionStatus counts;
            String why;
            String category = t.category() == null ? "" : t.category().trim().toUpperCase(Locale.ROOT);
            if (medicationCategories.contains(category) && approvedName(t.name())) {
                if (weeks == null) {
                    counts = CriterionStatus.UNKNOWN;
                    why = "duration not given";
                } else if (weeks >= minimumWeeks) {
                    counts = CriterionStatus.MET;
                    why = "adequate medication trial (" + weeks + " weeks, minimum " + minimumWeeks + ")";
                } else {
                    counts = CriterionStatus.NOT_MET;
                    why = "too short (" + weeks + " weeks, minimum " + minimumWeeks + ")";
                }
            } else if (psychotherapyCategories.contains(category)) {
                if (t.sessions() == null) {
                    counts = CriterionStatus.UNKNOWN;
                    why = "number of sessions not given";
                } else if (t.sessions() >= minimumSessions) {
                    counts = CriterionStatus.MET;
                    why = "adequate psychotherapy trial (" + t.sessions() + " sessions, minimum " + minimumSessions + ")";
                } else {
                    counts = CriterionStatus.NOT_MET;
                    why = "too few sessions (" + t.sessions() + ", minimum " + minimumSessions + ")";
                }
            } else {
                counts = CriterionStatus.NOT_MET;
                why = "not an FDA-approved PTSD medication or an evidence-based trauma-focused psychotherapy";
            }
            if (counts == CriterionStatus.MET) {
                String outcome = t.outcome() == null ? null : t.outcome().trim().toUpperCase(Locale.ROOT);
                if (outcome == null || outcome.isEmpty()) {
                    counts = CriterionStatus.UNKNOWN;
                    why += "; outcome not given";
                } else if (outcome.equals(Facts.OUTCOME_UNKNOWN)) {
                    // the physician does not know how it ended: a reviewer must find out, as when no outcome is given
                    counts = CriterionStatus.UNKNOWN;
                    why += "; outcome UNKNOWN (how the trial ended is not known)";
                } else if (!Facts.TREATMENT_OUTCOMES.contains(outcome)) {
                    counts = CriterionStatus.UNKNOWN;
                    why += "; outcome " + t.outcome() + " is not a known outcome";
                } else if (!qualifyingOutcomes.contains(outcome)) {
                    counts = CriterionStatus.NOT_MET;
                    why += "; outcome " + outcome + " does not show resistance (this program counts "
                            + String.join(", ", qualifyingOutcomes.stream().sorted().toList()) + ")";
                }
            }
            met |= counts == CriterionStatus.MET;
            unknown |= counts == CriterionStatus.UNKNOWN;
            trial.put("counts", counts.name());
            trial.put("why", why);
            trials.add(trial);
        }
        evidence.put("priorTreatments", trials);
        if (met) {
            return new Verdict(CriterionStatus.MET, evidence, "at least one adequate trial failed or was not tolerated");
        }
        if (unknown) {
            return new Verdict(CriterionStatus.UNKNOWN, evidence,
                    "no adequate failed trial shown; a possible one lacks its duration, sessions or outcome");
        }
        return new Verdict(CriterionStatus.NOT_MET, evidence, trials.isEmpty() ? "no prior treatment reported"
                : "no adequate trial of an approved medication or trauma-focused psychotherapy that failed");
    }

    private boolean approvedName(String name) {
        if (medicationNames.isEmpty()) {
            return true;
        }
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
        return medicationNames.stream().anyMatch(n::contains);
    }

    /** Weeks as given, else whole weeks between the start and end dates. */
    private static Integer weeks(ScreeningInput.PriorTreatment t) {
        if (t.durationWeeks() != null) {
            return t.durationWeeks();
        }
        if (t.startDate() != null && t.endDate() != null && !t.endDate().isBefore(t.startDate())) {
            return (int) (ChronoUnit.DAYS.between(t.startDate(), t.endDate()) / 7);
        }
        return null;
    }

    private static Set<String> lowerCase(Set<String> names) {
        return Set.copyOf(names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList());
    }
}
