package org.expandedaccess.eligibility.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * The clinical content of a request that screening reads: the same shape as the {@code patient},
 * {@code clinical}, {@code priorTreatments}, {@code alternatives} and {@code attestations} parts of
 * {@code org.expandedaccess.request.submitted.v1}. Coded values stay text so that a value this
 * service does not know yet is judged (usually UNKNOWN) instead of rejected. How events are read into it (other
 * fields ignored), and how a draft sent to pre-screening first becomes the facts an event would carry, is the API's
 * business: see {@code determinations.DraftReading}.
 */
public record ScreeningInput(Patient patient, Clinical clinical, List<PriorTreatment> priorTreatments,
                             Alternatives alternatives, Attestations attestations) {

    public record Patient(Integer ageYears, String sex, Double weightKg, Boolean pregnancyPotential,
                          Boolean pregnant, Boolean lactating, Boolean contraceptionInUse) {
    }

    public record Clinical(String diagnosisCode, Integer conditionDurationMonths, Integer caps5TotalScore,
                           Boolean seriousConditionStated, String cssrsRisk, List<String> comorbidities,
                           List<Medication> medications) {
    }

    public record Medication(String name, String medicationClass) {
    }

    public record PriorTreatment(String name, String category, LocalDate startDate, LocalDate endDate,
                                 Integer durationWeeks, Integer sessions, String outcome) {
    }

    public record Alternatives(Boolean noComparableAlternativeStated, Boolean canEnrollInTrial,
                               Boolean trialEnrollmentReasonStated) {
    }

    public record Attestations(Boolean riskBenefitDetermination, Boolean supportPersonAvailable,
                               Boolean overnightStayAgreed) {
    }
}
