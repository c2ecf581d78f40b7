package org.expandedaccess.eligibility.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The named single-valued facts a program definition may refer to, read from a
 * {@link ScreeningInput}. Names follow the request event's field names. A missing part of the
 * input reads as null (unknown), never as a default.
 */
public final class Facts {

    public enum Type { NUMBER, BOOLEAN, TEXT }

    /** Every fact name with its type, in the order of the request form. */
    public static final Map<String, Type> TYPES;
    /** Allowed values of the coded text facts (diagnosisCode is free ICD-10-CM). */
    public static final Map<String, Set<String>> CODES = Map.of(
            "sex", Set.of("FEMALE", "MALE", "OTHER"),
            "cssrsRisk", Set.of("NONE", "LOW", "MODERATE", "HIGH"));
    public static final Set<String> COMORBIDITIES = Set.of("PSYCHOTIC_DISORDER", "BIPOLAR_I",
            "DISSOCIATIVE_IDENTITY_DISORDER", "EATING_DISORDER_WITH_PURGING", "SUBSTANCE_USE_DISORDER",
            "UNCONTROLLED_HYPERTENSION", "ARRHYTHMIA", "QTC_PROLONGATION", "STROKE", "OTHER_CARDIOVASCULAR_DISEASE",
            "HEPATIC_IMPAIRMENT");
    public static final Set<String> MEDICATION_CLASSES = Set.of("SSRI", "SNRI", "MAOI", "STIMULANT",
            "ANTIPSYCHOTIC", "BENZODIAZEPINE", "OTHER_PSYCHIATRIC", "OTHER");
    public static final Set<String> TREATMENT_CATEGORIES = Set.of("SSRI", "SNRI", "OTHER_MEDICATION",
            "PROLONGED_EXPOSURE", "COGNITIVE_PROCESSING_THERAPY", "EMDR", "OTHER_PSYCHOTHERAPY");
    /** How a prior treatment ended: RESPONSE means it worked; UNKNOWN that the physician does not know. */
    public static final Set<String> TREATMENT_OUTCOMES = Set.of("NO_RESPONSE", "PARTIAL_RESPONSE", "NOT_TOLERATED",
            "RELAPSE", "RESPONSE", "UNKNOWN");
    /** The outcome that says the physician does not know how a treatment ended: like an outcome not given. */
    public static final String OUTCOME_UNKNOWN = "UNKNOWN";

    static {
        Map<String, Type> types = new LinkedHashMap<>();
        types.put("ageYears", Type.NUMBER);
        types.put("sex", Type.TEXT);
        types.put("weightKg", Type.NUMBER);
        types.put("pregnancyPotential", Type.BOOLEAN);
        types.put("pregnant", Type.BOOLEAN);
        types.put("lactating", Type.BOOLEAN);
        types.put("contraceptionInUse", Type.BOOLEAN);
        types.put("diagnosisCode", Type.TEXT);
        types.put("conditionDurationMonths", Type.NUMBER);
        types.put("caps5TotalScore", Type.NUMBER);
        types.put("seriousConditionStated", Type.BOOLEAN);
        types.put("cssrsRisk", Type.TEXT);
        types.put("noComparableAlternativeStated", Type.BOOLEAN);
        types.put("canEnrollInTrial", Type.BOOLEAN);
        types.put("trialEnrollmentReasonStated", Type.BOOLEAN);
        types.put("riskBenefitDetermination", Type.BOOLEAN);
        types.put("supportPersonAvailable", Type.BOOLEAN);
        types.put("overnightStayAgreed", Type.BOOLEAN);
        TYPES = Collections.unmodifiableMap(types);
    }

    private Facts() {
    }

    /** The value of one named fact, or null when the input does not say. */
    public static Object read(ScreeningInput in, String name) {
        ScreeningInput.Patient p = in.patient();
        ScreeningInput.Clinical c = in.clinical();
        ScreeningInput.Alternatives a = in.alternatives();
        ScreeningInput.Attestations t = in.attestations();
        return switch (name) {
            case "ageYears" -> p == null ? null : p.ageYears();
            case "sex" -> p == null ? null : p.sex();
            case "weightKg" -> p == null ? null : p.weightKg();
            case "pregnancyPotential" -> p == null ? null : p.pregnancyPotential();
            case "pregnant" -> p == null ? null : p.pregnant();
            case "lactating" -> p == null ? null : p.lactating();
            case "contraceptionInUse" -> p == null ? null : p.contraceptionInUse();
            case "diagnosisCode" -> c == null ? null : c.diagnosisCode();
            case "conditionDurationMonths" -> c == null ? null : c.conditionDurationMonths();
            case "caps5TotalScore" -> c == null ? null : c.caps5TotalScore();
            case "seriousConditionStated" -> c == null ? null : c.seriousConditionStated();
            case "cssrsRisk" -> c == null ? null : c.cssrsRisk();
            case "noComparableAlternativeStated" -> a == null ? null : a.noComparableAlternativeStated();
            case "canEnrollInTrial" -> a == null ? null : a.canEnrollInTrial();
            case "trialEnrollmentReasonStated" -> a == null ? null : a.trialEnrollmentReasonStated();
            case "riskBenefitDetermination" -> t == null ? null : t.riskBenefitDetermination();
            case "supportPersonAvailable" -> t == null ? null : t.supportPersonAvailable();
            case "overnightStayAgreed" -> t == null ? null : t.overnightStayAgreed();
            default -> throw new IllegalArgumentException("unknown fact " + name);
        };
    }

    static List<String> comorbidities(ScreeningInput in) {
        return in.clinical() == null ? null : in.clinical().comorbidities();
    }

    static List<ScreeningInput.Medication> medications(ScreeningInput in) {
        return in.clinical() == null ? null : in.clinical().medications();
    }
}
