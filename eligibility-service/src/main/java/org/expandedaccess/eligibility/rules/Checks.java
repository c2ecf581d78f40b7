package org.expandedaccess.eligibility.rules;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rules a program definition may use, each built from its parameters. Adding a program or
 * changing a threshold is a change of data; a new kind of rule is a change here.
 *
 * <ul>
 * <li>{@code atLeast} {fact, minimum}: MET when the numeric fact is at or above the minimum.</li>
 * <li>{@code lessThan} {fact, limit}: MET when the numeric fact is below the limit.</li>
 * <li>{@code facts} {expected, notApplicableWhen?}: MET when every fact has its expected value (a
 *     list means any of them); NOT_MET as soon as one known fact differs; otherwise UNKNOWN, unless the
 *     facts in notApplicableWhen all hold, which makes the criterion harmless (NOT_MET for exclusions
 *     and review flags, MET for inclusions).</li>
 * <li>{@code comorbidity} {codes}: MET when any of the coded comorbidities is reported.</li>
 * <li>{@code currentMedication} {classes}: MET when any current medication is of one of the classes.</li>
 * <li>{@code adequateTrial} {medicationCategories, medicationNames, minimumMedicationWeeks,
 *     psychotherapyCategories, minimumPsychotherapySessions, qualifyingOutcomes}: MET when at least one
 *     prior treatment was an adequate trial that ended with a qualifying outcome.</li>
 * </ul>
 */
public final class Checks {

    public static final Set<String> RULES = Set.of("atLeast", "lessThan", "facts", "comorbidity",
            "currentMedication", "adequateTrial");

    private Checks() {
    }

    /**
     * Builds the check of a rule.
     *
     * @throws IllegalArgumentException naming the rule or parameter that is wrong
     */
    public static Check build(String rule, Map<String, Object> parameters, CriterionKind kind) {
        Params p = new Params(parameters == null ? Map.of() : parameters);
        Check check = switch (rule == null ? "" : rule) {
            case "atLeast" -> atLeast(p.fact("fact", Facts.Type.NUMBER), p.number("minimum"));
            case "lessThan" -> lessThan(p.fact("fact", Facts.Type.NUMBER), p.number("limit"));
            case "facts" -> facts(p.factValues("expected", true), p.factValues("notApplicableWhen", false),
                    kind == CriterionKind.INCLUSION ? CriterionStatus.MET : CriterionStatus.NOT_MET);
            case "comorbidity" -> comorbidity(p.codes("codes", Facts.COMORBIDITIES));
            case "currentMedication" -> currentMedication(p.codes("classes", Facts.MEDICATION_CLASSES));
            case "adequateTrial" -> new AdequateTrial(
                    p.codes("medicationCategories", Facts.TREATMENT_CATEGORIES),
                    lowerCase(p.names("medicationNames")),
                    p.number("minimumMedicationWeeks").intValueExact(),
                    p.codes("psychotherapyCategories", Facts.TREATMENT_CATEGORIES),
                    p.number("minimumPsychotherapySessions").intValueExact(),
                    p.codes("qualifyingOutcomes", Facts.TREATMENT_OUTCOMES));
            default -> throw new IllegalArgumentException("unknown rule '" + rule + "'; known rules are "
                    + String.join(", ", RULES.stream().sorted().toList()));
        };
        p.noOthers();
        return check;
    }

    private static Check atLeast(String fact, BigDecimal minimum) {
        return in -> {
            Object value = Facts.read(in, fact);
            Map<String, Object> evidence = evidence(fact, value);
            if (value == null) {
                return new Verdict(CriterionStatus.UNKNOWN, evidence, fact + " is not given");
            }
            boolean met = decimal(value).compareTo(minimum) >= 0;
            return new Verdict(met ? CriterionStatus.MET : CriterionStatus.NOT_MET, evidence,
                    fact + " " + value + (met ? " is at least " : " is below the minimum ") + minimum.toPlainString());
        };
    }

    private static Check lessThan(String fact, BigDecimal limit) {
        return in -> {
            Object value = Facts.read(in, fact);
            Map<String, Object> evidence = evidence(fact, value);
            if (value == null) {
                return new Verdict(CriterionStatus.UNKNOWN, evidence, fact + " is not given");
            }
            boolean met = decimal(value).compareTo(limit) < 0;
            return new Verdict(met ? CriterionStatus.MET : CriterionStatus.NOT_MET, evidence,
                    fact + " " + value + (met ? " is below " : " is not below ") + limit.toPlainString());
        };
    }

    private static Check facts(Map<String, Set<Object>> expected, Map<String, Set<Object>> notApplicableWhen,
                               CriterionStatus harmless) {
        return in -> {
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
        };
    }

    private static Check comorbidity(Set<String> codes) {
        return in -> {
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
                    ? new Verdict(CriterionStatus.NOT_MET, evidence, "none of " + String.join(", ", sorted(codes)) + " reported")
                    : new Verdict(CriterionStatus.MET, evidence, "reported: " + String.join(", ", found));
        };
    }

    private static Check currentMedication(Set<String> classes) {
        return in -> {
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
                    + String.join(", ", sorted(classes)));
        };
    }

    /** Treatment resistance: one adequate trial that failed, was not tolerated or relapsed is enough. */
    private record AdequateTrial(Set<String> medicationCategories, Set<String> medicationNames, int minimumWeeks,
                                 Set<String> psychotherapyCategories, int minimumSessions,
                                 Set<String> qualifyingOutcomes) implements Check {

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
                    if (t.outcome() == null) {
                        counts = CriterionStatus.UNKNOWN;
                        why += "; outcome not given";
                    } else if (!qualifyingOutcomes.contains(t.outcome().trim().toUpperCase(Locale.ROOT))) {
                        counts = CriterionStatus.NOT_MET;
                        why += "; outcome " + t.outcome() + " does not show resistance";
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
    }

    private static Set<String> lowerCase(Set<String> names) {
        return Set.copyOf(names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList());
    }

    private static Map<String, Object> evidence(String fact, Object value) {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put(fact, value);
        return evidence;
    }

    private static BigDecimal decimal(Object value) {
        return new BigDecimal(value.toString());
    }

    private static Object normalise(Object value) {
        return value instanceof String s ? s.trim().toUpperCase(Locale.ROOT) : value;
    }

    private static String describe(List<String> facts, Map<String, Object> evidence) {
        return String.join(", ", facts.stream().map(f -> f + "=" + evidence.get(f)).toList());
    }

    private static List<String> sorted(Collection<String> values) {
        return values.stream().sorted().toList();
    }

    /** Reads and checks parameters; remembers which were used so that a misspelt one is reported. */
    private static final class Params {
        private final Map<String, Object> values;
        private final Set<String> used = new LinkedHashSet<>();

        Params(Map<String, Object> values) {
            this.values = values;
        }

        private Object required(String name) {
            used.add(name);
            Object v = values.get(name);
            if (v == null) {
                throw new IllegalArgumentException("parameter '" + name + "' is missing");
            }
            return v;
        }

        String fact(String name, Facts.Type type) {
            Object v = required(name);
            Facts.Type actual = v instanceof String s ? Facts.TYPES.get(s) : null;
            if (actual == null) {
                throw new IllegalArgumentException("parameter '" + name + "': unknown fact '" + v + "'; known facts are "
                        + String.join(", ", Facts.TYPES.keySet()));
            }
            if (actual != type) {
                throw new IllegalArgumentException("parameter '" + name + "': fact '" + v + "' is not a "
                        + type.name().toLowerCase(Locale.ROOT));
            }
            return (String) v;
        }

        BigDecimal number(String name) {
            Object v = required(name);
            if (!(v instanceof Number n)) {
                throw new IllegalArgumentException("parameter '" + name + "' must be a number, not '" + v + "'");
            }
            BigDecimal d = new BigDecimal(n.toString());
            if (d.signum() < 0) {
                throw new IllegalArgumentException("parameter '" + name + "' must not be negative");
            }
            return d;
        }

        Set<String> codes(String name, Set<String> allowed) {
            Set<String> codes = names(name);
            for (String c : codes) {
                if (!allowed.contains(c.toUpperCase(Locale.ROOT))) {
                    throw new IllegalArgumentException("parameter '" + name + "': unknown code '" + c + "'; allowed are "
                            + String.join(", ", sorted(allowed)));
                }
            }
            return Set.copyOf(codes.stream().map(c -> c.toUpperCase(Locale.ROOT)).toList());
        }

        Set<String> names(String name) {
            Object v = required(name);
            if (!(v instanceof List<?> list) || list.isEmpty()) {
                throw new IllegalArgumentException("parameter '" + name + "' must be a non-empty list");
            }
            Set<String> out = new LinkedHashSet<>();
            for (Object o : list) {
                if (!(o instanceof String s) || s.isBlank()) {
                    throw new IllegalArgumentException("parameter '" + name + "' must list non-blank texts");
                }
                out.add(s.trim());
            }
            return out;
        }

        Map<String, Set<Object>> factValues(String name, boolean required) {
            used.add(name);
            Object v = values.get(name);
            if (v == null && !required) {
                return Map.of();
            }
            if (!(v instanceof Map<?, ?> map) || map.isEmpty()) {
                throw new IllegalArgumentException("parameter '" + name + "' must map fact names to expected values");
            }
            Map<String, Set<Object>> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String fact = String.valueOf(e.getKey());
                Facts.Type type = Facts.TYPES.get(fact);
                if (type == null) {
                    throw new IllegalArgumentException("parameter '" + name + "': unknown fact '" + fact
                            + "'; known facts are " + String.join(", ", Facts.TYPES.keySet()));
                }
                List<?> options = e.getValue() instanceof List<?> l ? l : java.util.Collections.singletonList(e.getValue());
                Set<Object> allowed = new LinkedHashSet<>();
                for (Object o : options) {
                    allowed.add(expectedValue(name, fact, type, o));
                }
                if (allowed.isEmpty()) {
                    throw new IllegalArgumentException("parameter '" + name + "': fact '" + fact + "' has no expected value");
                }
                out.put(fact, allowed);
            }
            return out;
        }

        private static Object expectedValue(String name, String fact, Facts.Type type, Object o) {
            String where = "parameter '" + name + "': fact '" + fact + "' ";
            switch (type) {
                case BOOLEAN -> {
                    if (o instanceof Boolean b) {
                        return b;
                    }
                    throw new IllegalArgumentException(where + "expects true or false, not '" + o + "'");
                }
                case NUMBER -> throw new IllegalArgumentException(where
                        + "is a number; compare numbers with the atLeast or lessThan rules");
                default -> {
                    if (!(o instanceof String s) || s.isBlank()) {
                        throw new IllegalArgumentException(where + "expects a text, not '" + o + "'");
                    }
                    String code = s.trim().toUpperCase(Locale.ROOT);
                    Set<String> codes = Facts.CODES.get(fact);
                    if (codes != null && !codes.contains(code)) {
                        throw new IllegalArgumentException(where + "has no value '" + s + "'; allowed are "
                                + String.join(", ", sorted(codes)));
                    }
                    return code;
                }
            }
        }

        void noOthers() {
            for (String key : values.keySet()) {
                if (!used.contains(key)) {
                    throw new IllegalArgumentException("unknown parameter '" + key + "'");
                }
            }
        }
    }
}
