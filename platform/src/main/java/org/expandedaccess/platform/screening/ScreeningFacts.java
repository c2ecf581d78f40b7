package org.expandedaccess.platform.screening;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a request's content tells screening, derived from its draft by {@link #of(DraftContent)}: the
 * {@code programId}, {@code patient}, {@code clinical}, {@code priorTreatments}, {@code alternatives} and
 * {@code attestations} of org.expandedaccess.request.submitted.v1 and .amended.v1 (docs/events/), field for field.
 * <p>
 * The one definition of that derivation. Intake publishes exactly these facts in its events, and eligibility's
 * pre-screen derives them from the draft it is sent, so pre-screening a draft and screening the same content once
 * submitted read the same facts and reach the same determination. The derivation:
 * <ul>
 *   <li>the physician's free-text statements stay behind; only whether each was given travels
 *       ({@link #stated(String)}: true for text that is not blank, false for blank or missing text), because
 *       events carry coded facts and no free text (minimum necessary, docs/regulatory/records-and-privacy.md):
 *       {@code clinical.seriousnessStatement} becomes {@code seriousConditionStated},
 *       {@code alternatives.noComparableAlternativeStatement} {@code noComparableAlternativeStated},
 *       {@code alternatives.trialEnrollmentReason} {@code trialEnrollmentReasonStated};</li>
 *   <li>a draft that names no program is for {@link #DEFAULT_PROGRAM}, as intake files it;</li>
 *   <li>every other value is taken as written: no trimming, no case folding, no defaults; a part of the draft
 *       that is missing stays missing (screening reads it as unknown), as does a missing value;</li>
 *   <li>what screening does not read and the events do not carry is left out: the patient's allergies, race and
 *       ethnicity, the prior treatments' notes.</li>
 * </ul>
 * Patient initials, the CAPS-5 date and medication doses are carried because the events carry them (for the
 * case); screening does not read them. Pure: records and this function, no framework code; the Jackson annotation
 * only lets a whole draft be read into {@link DraftContent}.
 */
public record ScreeningFacts(String programId, Patient patient, Clinical clinical, List<PriorTreatment> priorTreatments,
                             Alternatives alternatives, Attestations attestations) {

    /** The program of a draft that names none (the first program this system offers). */
    public static final String DEFAULT_PROGRAM = "mdma-ptsd";

    /** Minimum necessary (HIPAA): initials and coded facts. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Patient(String initials, Integer ageYears, String sex, BigDecimal weightKg, Boolean pregnancyPotential,
                          Boolean pregnant, Boolean lactating, Boolean contraceptionInUse) {
    }

    public record Clinical(String diagnosisCode, Integer conditionDurationMonths, Integer caps5TotalScore,
                           LocalDate caps5AssessedOn, boolean seriousConditionStated, String cssrsRisk,
                           List<String> comorbidities, List<Medication> medications) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Medication(String name, String medicationClass, String dose) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PriorTreatment(String name, String category, LocalDate startDate, LocalDate endDate,
                                 Integer durationWeeks, Integer sessions, String outcome) {
    }

    public record Alternatives(boolean noComparableAlternativeStated, Boolean canEnrollInTrial,
                               boolean trialEnrollmentReasonStated) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Attestations(Boolean riskBenefitDetermination, Boolean supportPersonAvailable,
                               Boolean overnightStayAgreed) {
    }

    /** The facts of a draft (see the class comment for the rules). */
    public static ScreeningFacts of(DraftContent draft) {
        DraftContent.Clinical c = draft.clinical();
        DraftContent.Alternatives a = draft.alternatives();
        return new ScreeningFacts(
                program(draft.programId()),
                draft.patient(),
                c == null ? null : new Clinical(c.diagnosisCode(), c.conditionDurationMonths(), c.caps5TotalScore(),
                        c.caps5AssessedOn(), stated(c.seriousnessStatement()), c.cssrsRisk(), copy(c.comorbidities()),
                        copy(c.medications())),
                copy(draft.priorTreatments()),
                a == null ? null : new Alternatives(stated(a.noComparableAlternativeStatement()), a.canEnrollInTrial(),
                        stated(a.trialEnrollmentReason())),
                draft.attestations());
    }

    /** The program a draft is for: the one it names, else {@link #DEFAULT_PROGRAM}. */
    public static String program(String programId) {
        return programId == null ? DEFAULT_PROGRAM : programId;
    }

    /** Whether a statement was given: text that is not blank. */
    public static boolean stated(String statement) {
        return statement != null && !statement.isBlank();
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
