package org.expandedaccess.intake.rules;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a request holds, as the physician enters it (Form FDA 3926 fields noted). Every field
 * may be missing while the request is a draft; {@link Completeness} says what submission needs and
 * {@link ContentValidator} refuses what is malformed at any time.
 */
public record RequestContent(
        String programId,
        Physician physician,
        Site site,
        Patient patient,
        Clinical clinical,
        List<PriorTreatment> priorTreatments,
        Alternatives alternatives,
        Treatment treatment,
        Emergency emergency,
        Attestations attestations) {

    /**
     * Form 3926 field 1 (physician), 8 (qualification statement); DEA registration for Schedule I.
     * {@code username} is the physician's login in realm expanded-access: required when an
     * integrator submits on the physician's behalf, and the caller's own when a physician does.
     */
    public record Physician(String username, String name, String npi, String institution, Address address, String phone,
                            String email, License license, DeaRegistration dea, String specialty,
                            String qualificationStatement) {
    }

    public record Address(String line1, String line2, String city, String state, String postalCode) {
    }

    public record License(String state, String number) {
    }

    public record DeaRegistration(String registrationNumber, Boolean coversScheduleI) {
    }

    /** Treatment site, its IRB and the two-therapist team that attends each dosing session. */
    public record Site(String name, Address address, Irb irb, List<Therapist> therapists) {
    }

    public record Irb(String name, String contactName, String contactEmail, String contactPhone) {
    }

    public record Therapist(String name, String credentials) {
    }

    /** Minimum necessary (HIPAA): initials and coded facts; no name, date of birth or record number. */
    public record Patient(String initials, Integer ageYears, Sex sex, BigDecimal weightKg, Boolean pregnancyPotential,
                          Boolean pregnant, Boolean lactating, Boolean contraceptionInUse, String allergies,
                          String race, String ethnicity) {
    }

    public enum Sex { FEMALE, MALE, OTHER }

    /** Form 3926 field 5. */
    public record Clinical(String diagnosisCode, Integer conditionDurationMonths, Integer caps5TotalScore,
                           LocalDate caps5AssessedOn, String seriousnessStatement, CssrsRisk cssrsRisk,
                           List<Comorbidity> comorbidities, List<Medication> medications) {
    }

    /** Current suicide risk from the Columbia Suicide Severity Rating Scale. */
    public enum CssrsRisk { NONE, LOW, MODERATE, HIGH }

    public enum Comorbidity {
        PSYCHOTIC_DISORDER, BIPOLAR_I, DISSOCIATIVE_IDENTITY_DISORDER, EATING_DISORDER_WITH_PURGING,
        SUBSTANCE_USE_DISORDER, UNCONTROLLED_HYPERTENSION, ARRHYTHMIA, QTC_PROLONGATION, STROKE,
        OTHER_CARDIOVASCULAR_DISEASE, HEPATIC_IMPAIRMENT
    }

    public record Medication(String name, MedicationClass medicationClass, String dose) {
    }

    public enum MedicationClass { SSRI, SNRI, MAOI, STIMULANT, ANTIPSYCHOTIC, BENZODIAZEPINE, OTHER_PSYCHIATRIC, OTHER }

    public record PriorTreatment(String name, TreatmentCategory category, LocalDate startDate, LocalDate endDate,
                                 Integer durationWeeks, Integer sessions, TreatmentOutcome outcome, String note) {
    }

    public enum TreatmentCategory {
        SSRI, SNRI, OTHER_MEDICATION, PROLONGED_EXPOSURE, COGNITIVE_PROCESSING_THERAPY, EMDR, OTHER_PSYCHOTHERAPY;

        public boolean isMedication() {
            return this == SSRI || this == SNRI || this == OTHER_MEDICATION;
        }
    }

    /**
     * How a prior treatment ended (Form 3926 field 5, "prior therapy and response"). {@code RESPONSE}: it worked
     * (a clear, lasting improvement); {@code UNKNOWN}: the physician does not know how it ended. Which outcomes show
     * treatment resistance is each program's choice (eligibility's {@code qualifyingOutcomes}).
     */
    public enum TreatmentOutcome { NO_RESPONSE, PARTIAL_RESPONSE, NOT_TOLERATED, RELAPSE, RESPONSE, UNKNOWN }

    /** 21 CFR 312.305(a)(1) no comparable alternative; 312.310(a)(2) not obtainable in a trial. */
    public record Alternatives(String noComparableAlternativeStatement, Boolean canEnrollInTrial,
                               String trialEnrollmentReason) {
    }

    /** Form 3926 field 6, as planned for this program. */
    public record Treatment(Integer initialDoseMg, Integer supplementalDoseMg, Integer dosingSessions,
                            LocalDate plannedStart) {
    }

    /** Emergency use, 21 CFR 312.310(d). */
    public record Emergency(Boolean emergency, String reason, LocalDate fdaPhoneAuthorizationDate, String fdaIndNumber) {
    }

    /** 21 CFR 312.310(a)(1) risk/benefit determination; program conditions (support person, overnight stay). */
    public record Attestations(Boolean riskBenefitDetermination, Boolean supportPersonAvailable,
                               Boolean overnightStayAgreed) {
    }

    @JsonIgnore
    public boolean isEmergency() {
        return emergency != null && Boolean.TRUE.equals(emergency.emergency());
    }
}
