package org.expandedaccess.eligibility.rules;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.expandedaccess.eligibility.rules.Inputs.eligible;
import static org.expandedaccess.eligibility.rules.Inputs.input;
import static org.expandedaccess.eligibility.rules.Inputs.set;
import static org.expandedaccess.eligibility.rules.Inputs.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EligibilityRulesTest {

    private static final ProgramDefinition PROGRAM = Inputs.mdmaPtsd();
    private final EligibilityRules rules = new EligibilityRules();

    private Evaluation evaluate(ScreeningInput in) {
        return rules.evaluate(PROGRAM, in);
    }

    private static CriterionResult result(Evaluation e, String id) {
        return e.criteria().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no criterion " + id));
    }

    private static ScreeningInput onlyTrial(Map<String, Object> trial) {
        return input(set(eligible(), "priorTreatments", List.of(trial)));
    }

    @Test
    void completeRequestMeetingEveryCriterionIsEligibleWithNothingDeciding() {
        Evaluation e = evaluate(input(eligible()));
        assertEquals(Outcome.ELIGIBLE, e.outcome(), () -> e.criteria().toString());
        assertEquals(List.of(), e.decidingCriteria());
        assertEquals("2026.1", e.programVersion());
        assertEquals(PROGRAM.criteria().size(), e.criteria().size());
    }

    @ParameterizedTest(name = "age {0}: {1}")
    @CsvSource({"17, NOT_MET, INELIGIBLE", "18, MET, ELIGIBLE"})
    void ageBoundaryIsEighteen(int age, CriterionStatus status, Outcome outcome) {
        Evaluation e = evaluate(with("patient.ageYears", age));
        assertEquals(status, result(e, "adult").status());
        assertEquals(outcome, e.outcome());
        assertEquals(age, result(e, "adult").evidence().get("ageYears"));
    }

    @ParameterizedTest(name = "CAPS-5 {0}: {1}")
    @CsvSource({"34, NOT_MET, INELIGIBLE", "35, MET, ELIGIBLE"})
    void caps5BoundaryIsThirtyFive(int score, CriterionStatus status, Outcome outcome) {
        Evaluation e = evaluate(with("clinical.caps5TotalScore", score));
        assertEquals(status, result(e, "caps5-severity").status());
        assertEquals(outcome, e.outcome());
    }

    @ParameterizedTest(name = "{0} months: {1}")
    @CsvSource({"5, NOT_MET, INELIGIBLE", "6, MET, ELIGIBLE"})
    void symptomDurationBoundaryIsSixMonths(int months, CriterionStatus status, Outcome outcome) {
        Evaluation e = evaluate(with("clinical.conditionDurationMonths", months));
        assertEquals(status, result(e, "ptsd-duration").status());
        assertEquals(outcome, e.outcome());
    }

    @ParameterizedTest(name = "sertraline {0} weeks: {1}")
    @CsvSource({"7, NOT_MET", "8, MET"})
    void medicationTrialIsAdequateFromEightWeeks(int weeks, CriterionStatus status) {
        Evaluation e = evaluate(onlyTrial(Map.of("name", "sertraline", "category", "SSRI", "durationWeeks", weeks,
                "outcome", "NO_RESPONSE")));
        assertEquals(status, result(e, "treatment-resistant").status());
    }

    @ParameterizedTest(name = "{0} sessions: {1}")
    @CsvSource({"7, NOT_MET", "8, MET"})
    void psychotherapyTrialIsAdequateFromEightSessions(int sessions, CriterionStatus status) {
        for (String category : List.of("PROLONGED_EXPOSURE", "COGNITIVE_PROCESSING_THERAPY", "EMDR")) {
            Evaluation e = evaluate(onlyTrial(Map.of("name", "therapy", "category", category, "sessions", sessions,
                    "outcome", "RELAPSE")));
            assertEquals(status, result(e, "treatment-resistant").status(), category);
        }
    }

    @ParameterizedTest(name = "{0} to {1}: {2}")
    @CsvSource({"2024-01-01, 2024-02-25, NOT_MET", "2024-01-01, 2024-02-26, MET"})
    void medicationWeeksAreCountedFromDatesWhenNotGiven(String start, String end, CriterionStatus status) {
        Evaluation e = evaluate(onlyTrial(Map.of("name", "Paroxetine", "category", "SSRI", "startDate", start,
                "endDate", end, "outcome", "NOT_TOLERATED")));
        assertEquals(status, result(e, "treatment-resistant").status());
    }

    @Test
    void onlySertralineAndParoxetineCountAsApprovedPtsdMedications() {
        for (Map<String, Object> trial : List.of(
                Map.<String, Object>of("name", "fluoxetine", "category", "SSRI", "durationWeeks", 30, "outcome", "NO_RESPONSE"),
                Map.<String, Object>of("name", "venlafaxine", "category", "SNRI", "durationWeeks", 30, "outcome", "NO_RESPONSE"),
                Map.<String, Object>of("name", "supportive counselling", "category", "OTHER_PSYCHOTHERAPY", "sessions", 40,
                        "outcome", "NO_RESPONSE"))) {
            Evaluation e = evaluate(onlyTrial(trial));
            assertEquals(CriterionStatus.NOT_MET, result(e, "treatment-resistant").status(), trial.toString());
            assertEquals(List.of("treatment-resistant"), e.decidingCriteria());
        }
        Evaluation brand = evaluate(onlyTrial(Map.of("name", "Zoloft 100 mg", "category", "SSRI", "durationWeeks", 12,
                "outcome", "PARTIAL_RESPONSE")));
        assertEquals(CriterionStatus.MET, result(brand, "treatment-resistant").status());
    }

    @Test
    void inTheProgramATrialThatWorkedIsNoResistanceAndAnUnknownOutcomeNeedsReview() {
        Evaluation worked = evaluate(onlyTrial(Map.of("name", "sertraline", "category", "SSRI", "durationWeeks", 12,
                "outcome", "RESPONSE")));
        assertEquals(CriterionStatus.NOT_MET, result(worked, "treatment-resistant").status());
        assertEquals(Outcome.INELIGIBLE, worked.outcome());
        assertEquals(List.of("treatment-resistant"), worked.decidingCriteria());
        Evaluation unknown = evaluate(onlyTrial(Map.of("name", "prolonged exposure", "category", "PROLONGED_EXPOSURE",
                "sessions", 12, "outcome", "UNKNOWN")));
        assertEquals(CriterionStatus.UNKNOWN, result(unknown, "treatment-resistant").status());
        assertEquals(Outcome.NEEDS_REVIEW, unknown.outcome());
        assertEquals(List.of("treatment-resistant"), unknown.decidingCriteria());
        assertTrue(result(worked, "treatment-resistant").source().contains("RESPONSE does not count"),
                "the program says why a response does not count");
    }

    @Test
    void noPriorTreatmentIsNotResistantButMissingTrialDurationIsUnknown() {
        assertEquals(CriterionStatus.NOT_MET, result(evaluate(with("priorTreatments", List.of())), "treatment-resistant").status());
        Evaluation e = evaluate(onlyTrial(Map.of("name", "sertraline", "category", "SSRI", "outcome", "NO_RESPONSE")));
        assertEquals(CriterionStatus.UNKNOWN, result(e, "treatment-resistant").status());
        assertEquals(Outcome.NEEDS_REVIEW, e.outcome());
        assertEquals(List.of("treatment-resistant"), e.decidingCriteria());
    }

    @Test
    void missingValuesAreUnknownAndSendTheRequestToReview() {
        for (String path : List.of("patient.ageYears", "clinical.caps5TotalScore", "clinical.conditionDurationMonths",
                "clinical.cssrsRisk", "attestations.supportPersonAvailable", "attestations.overnightStayAgreed",
                "attestations.riskBenefitDetermination", "clinical.seriousConditionStated", "alternatives.canEnrollInTrial")) {
            Evaluation e = evaluate(with(path, null));
            assertEquals(Outcome.NEEDS_REVIEW, e.outcome(), path);
            assertEquals(1, e.decidingCriteria().size(), path + ": " + e.decidingCriteria());
            assertEquals(CriterionStatus.UNKNOWN, result(e, e.decidingCriteria().get(0)).status(), path);
        }
    }

    @Test
    void emptyContentLeavesEveryCriterionUnknown() {
        Evaluation e = evaluate(new ScreeningInput(null, null, null, null, null));
        assertTrue(e.criteria().stream().allMatch(c -> c.status() == CriterionStatus.UNKNOWN), e.criteria()::toString);
        assertEquals(Outcome.NEEDS_REVIEW, e.outcome());
        assertEquals(PROGRAM.criteria().size(), e.decidingCriteria().size());
    }

    @Test
    void anExclusionMakesTheRequestIneligibleEvenWithUnknownsAndReviewFlags() {
        ObjectNode node = set(eligible(), "clinical.cssrsRisk", "HIGH");
        set(node, "patient.ageYears", null);
        set(node, "patient.weightKg", 45);
        Evaluation e = evaluate(input(node));
        assertEquals(Outcome.INELIGIBLE, e.outcome());
        assertEquals(List.of("high-suicide-risk"), e.decidingCriteria());
    }

    @Test
    void reviewFlagsGiveNeedsReview() {
        Evaluation meds = evaluate(with("clinical.medications", List.of(Map.of("name", "sertraline", "medicationClass", "SSRI"),
                Map.of("name", "lisdexamfetamine", "medicationClass", "STIMULANT"))));
        assertEquals(Outcome.NEEDS_REVIEW, meds.outcome());
        assertEquals(List.of("medication-taper"), meds.decidingCriteria());
        assertEquals(List.of("hepatic-impairment"),
                evaluate(with("clinical.comorbidities", List.of("HEPATIC_IMPAIRMENT"))).decidingCriteria());
    }

    @ParameterizedTest(name = "{0} kg: {1}")
    @CsvSource({"47.9, MET, NEEDS_REVIEW", "48, NOT_MET, ELIGIBLE"})
    void weightUnder48KgNeedsReview(double kg, CriterionStatus status, Outcome outcome) {
        Evaluation e = evaluate(with("patient.weightKg", kg));
        assertEquals(status, result(e, "low-weight").status());
        assertEquals(outcome, e.outcome());
    }

    @Test
    void pregnancyLactationAndMissingContraceptionExclude() {
        assertEquals(List.of("pregnancy"), evaluate(with("patient.pregnant", true)).decidingCriteria());
        assertEquals(List.of("lactation"), evaluate(with("patient.lactating", true)).decidingCriteria());
        assertEquals(List.of("no-contraception"), evaluate(with("patient.contraceptionInUse", false)).decidingCriteria());
    }

    @Test
    void pregnancyQuestionsDoNotApplyWhereTheyCannot() {
        ObjectNode node = set(eligible(), "patient.sex", "MALE");
        set(node, "patient.pregnancyPotential", false);
        set(node, "patient.pregnant", null);
        set(node, "patient.lactating", null);
        set(node, "patient.contraceptionInUse", null);
        Evaluation e = evaluate(input(node));
        assertEquals(Outcome.ELIGIBLE, e.outcome(), e.decidingCriteria()::toString);
        assertEquals(CriterionStatus.NOT_MET, result(e, "pregnancy").status());
        assertEquals(CriterionStatus.NOT_MET, result(e, "lactation").status());
        assertEquals(CriterionStatus.NOT_MET, result(e, "no-contraception").status());

        Evaluation unknownLactation = evaluate(with("patient.lactating", null));
        assertEquals(List.of("lactation"), unknownLactation.decidingCriteria());
        assertEquals(Outcome.NEEDS_REVIEW, unknownLactation.outcome());
    }

    @Test
    void eachExcludedComorbidityExcludes() {
        Map<String, String> expected = Map.ofEntries(
                Map.entry("PSYCHOTIC_DISORDER", "psychiatric-exclusion"), Map.entry("BIPOLAR_I", "psychiatric-exclusion"),
                Map.entry("DISSOCIATIVE_IDENTITY_DISORDER", "psychiatric-exclusion"),
                Map.entry("EATING_DISORDER_WITH_PURGING", "psychiatric-exclusion"),
                Map.entry("SUBSTANCE_USE_DISORDER", "substance-use-disorder"),
                Map.entry("UNCONTROLLED_HYPERTENSION", "cardiovascular-exclusion"),
                Map.entry("ARRHYTHMIA", "cardiovascular-exclusion"), Map.entry("QTC_PROLONGATION", "cardiovascular-exclusion"),
                Map.entry("STROKE", "cardiovascular-exclusion"),
                Map.entry("OTHER_CARDIOVASCULAR_DISEASE", "cardiovascular-exclusion"));
        expected.forEach((code, criterion) -> {
            Evaluation e = evaluate(with("clinical.comorbidities", List.of(code)));
            assertEquals(Outcome.INELIGIBLE, e.outcome(), code);
            assertEquals(List.of(criterion), e.decidingCriteria(), code);
            assertEquals(List.of(code), result(e, criterion).evidence().get("matching"));
        });
    }

    @Test
    void regulatoryGatesAreCriteriaWithTheirSources() {
        assertEquals(List.of("no-trial-access"), evaluate(with("alternatives.canEnrollInTrial", true)).decidingCriteria());
        assertEquals(List.of("no-comparable-alternative"),
                evaluate(with("alternatives.noComparableAlternativeStated", false)).decidingCriteria());
        Evaluation e = evaluate(with("attestations.riskBenefitDetermination", false));
        assertEquals(List.of("risk-benefit"), e.decidingCriteria());
        assertTrue(result(e, "risk-benefit").source().contains("21 CFR 312.310(a)(1)"));
        assertTrue(result(e, "serious-condition").source().contains("21 CFR 312.305(a)(1)"));
        assertTrue(result(e, "no-trial-access").source().contains("21 CFR 312.310(a)(2)"));
    }

    @Test
    void everyResultCarriesEvidenceExplanationAndSource() {
        Evaluation e = evaluate(input(eligible()));
        for (CriterionResult r : e.criteria()) {
            assertTrue(r.source() != null && !r.source().isBlank(), r.id());
            assertTrue(r.explanation() != null && !r.explanation().isBlank(), r.id());
            assertTrue(!r.evidence().isEmpty(), r.id());
        }
        assertEquals(44, result(e, "caps5-severity").evidence().get("caps5TotalScore"));
        assertEquals("F43.10", result(e, "ptsd-diagnosis").evidence().get("diagnosisCode"));
    }

    @Test
    void otherDiagnosisCodesAreNotPtsd() {
        for (String code : List.of("F43.1", "F32.2", "F43.8")) {
            assertEquals(List.of("ptsd-diagnosis"), evaluate(with("clinical.diagnosisCode", code)).decidingCriteria(), code);
        }
        assertEquals(Outcome.ELIGIBLE, evaluate(with("clinical.diagnosisCode", "F43.12")).outcome());
    }
}
