package org.expandedaccess.eligibility.rules;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each rule type on its own, for what the shipped program's criteria (EligibilityRulesTest, vignettes) do not
 * reach: the explanations, evidence shapes and the UNKNOWN and not-applicable paths.
 */
class RuleTypesTest {

    private static final ScreeningInput EMPTY = new ScreeningInput(null, null, null, null, null);

    private static ScreeningInput patient(Integer age, String sex, Double weightKg, Boolean pregnancyPotential,
                                          Boolean pregnant) {
        return new ScreeningInput(new ScreeningInput.Patient(age, sex, weightKg, pregnancyPotential, pregnant, null, null),
                null, null, null, null);
    }

    private static ScreeningInput clinical(List<String> comorbidities, List<ScreeningInput.Medication> medications) {
        return new ScreeningInput(null, new ScreeningInput.Clinical(null, null, null, null, null, comorbidities, medications),
                null, null, null);
    }

    private static ScreeningInput trials(ScreeningInput.PriorTreatment... treatments) {
        return new ScreeningInput(null, null, Arrays.asList(treatments), null, null);
    }

    private static void assertVerdict(CriterionStatus status, String explanation, Verdict v) {
        assertEquals(status, v.status(), v::toString);
        assertEquals(explanation, v.explanation());
    }

    @Test
    void atLeast() {
        AtLeast adult = new AtLeast("ageYears", new BigDecimal("18"));
        assertVerdict(CriterionStatus.MET, "ageYears 18 is at least 18", adult.evaluate(patient(18, null, null, null, null)));
        assertVerdict(CriterionStatus.NOT_MET, "ageYears 17 is below the minimum 18",
                adult.evaluate(patient(17, null, null, null, null)));
        Verdict unknown = adult.evaluate(EMPTY);
        assertVerdict(CriterionStatus.UNKNOWN, "ageYears is not given", unknown);
        assertTrue(unknown.evidence().containsKey("ageYears"));
        assertNull(unknown.evidence().get("ageYears"));
    }

    @Test
    void lessThan() {
        LessThan light = new LessThan("weightKg", new BigDecimal("48"));
        assertVerdict(CriterionStatus.MET, "weightKg 47.9 is below 48", light.evaluate(patient(null, null, 47.9, null, null)));
        assertVerdict(CriterionStatus.NOT_MET, "weightKg 48.0 is not below 48",
                light.evaluate(patient(null, null, 48.0, null, null)));
        assertVerdict(CriterionStatus.UNKNOWN, "weightKg is not given", light.evaluate(EMPTY));
        assertEquals(Map.of("weightKg", 47.9), light.evaluate(patient(null, null, 47.9, null, null)).evidence());
    }

    @Test
    void expectedFacts() {
        ExpectedFacts pregnancy = (ExpectedFacts) Checks.build("facts", Map.of("expected", Map.of("pregnant", true),
                "notApplicableWhen", Map.of("pregnancyPotential", false)), CriterionKind.EXCLUSION);
        assertVerdict(CriterionStatus.MET, "stated: pregnant=true", pregnancy.evaluate(patient(null, null, null, true, true)));
        assertVerdict(CriterionStatus.NOT_MET, "not the case: pregnant=false",
                pregnancy.evaluate(patient(null, null, null, true, false)));
        assertVerdict(CriterionStatus.NOT_MET, "not applicable: pregnancyPotential=false",
                pregnancy.evaluate(patient(null, null, null, false, null)));
        assertVerdict(CriterionStatus.UNKNOWN, "not given: pregnant", pregnancy.evaluate(patient(null, null, null, true, null)));
        assertVerdict(CriterionStatus.UNKNOWN, "not given: pregnant", pregnancy.evaluate(EMPTY));

        ExpectedFacts female = (ExpectedFacts) Checks.build("facts", Map.of("expected", Map.of("sex", List.of("FEMALE",
                "OTHER")), "notApplicableWhen", Map.of("pregnancyPotential", false)), CriterionKind.INCLUSION);
        assertVerdict(CriterionStatus.MET, "stated: sex= female ", female.evaluate(patient(null, " female ", null, null, null)));
        assertVerdict(CriterionStatus.MET, "not applicable: pregnancyPotential=false",
                female.evaluate(patient(null, null, null, false, null)));
        assertEquals(CriterionStatus.MET, female.harmless());
    }

    @Test
    void comorbidity() {
        Comorbidity cardiac = new Comorbidity(Set.of("STROKE", "ARRHYTHMIA"));
        Verdict met = cardiac.evaluate(clinical(List.of("bipolar_i", " stroke"), List.of()));
        assertVerdict(CriterionStatus.MET, "reported:  stroke", met);
        assertEquals(List.of(" stroke"), met.evidence().get("matching"));
        assertVerdict(CriterionStatus.NOT_MET, "none of ARRHYTHMIA, STROKE reported", cardiac.evaluate(clinical(List.of(),
                List.of())));
        assertVerdict(CriterionStatus.UNKNOWN, "comorbidities are not given", cardiac.evaluate(EMPTY));
    }

    @Test
    void currentMedication() {
        CurrentMedication taper = new CurrentMedication(Set.of("SSRI", "MAOI"));
        Verdict met = taper.evaluate(clinical(null, Arrays.asList(new ScreeningInput.Medication("sertraline", "ssri"), null,
                new ScreeningInput.Medication("prazosin", "OTHER"))));
        assertVerdict(CriterionStatus.MET, "1 current medication(s) to review for tapering before dosing", met);
        assertEquals(3, met.evidence().get("medicationCount"));
        assertEquals(List.of(Map.of("name", "sertraline", "medicationClass", "ssri")), met.evidence().get("matching"));
        assertVerdict(CriterionStatus.UNKNOWN, "a current medication has no class",
                taper.evaluate(clinical(null, List.of(new ScreeningInput.Medication("something", null)))));
        assertVerdict(CriterionStatus.NOT_MET, "no current medication of MAOI, SSRI", taper.evaluate(clinical(null, List.of())));
        assertVerdict(CriterionStatus.UNKNOWN, "current medications are not given", taper.evaluate(EMPTY));
    }

    @Test
    void adequateTrialNeedsAQualifyingOutcome() {
        Check trial = Checks.build("adequateTrial", ChecksTest.adequateTrial(), CriterionKind.INCLUSION);
        Verdict noOutcome = trial.evaluate(trials(new ScreeningInput.PriorTreatment("sertraline", "SSRI", null, null, 12,
                null, null)));
        assertVerdict(CriterionStatus.UNKNOWN,
                "no adequate failed trial shown; a possible one lacks its duration, sessions or outcome", noOutcome);
        @SuppressWarnings("unchecked")
        Map<String, Object> only = ((List<Map<String, Object>>) noOutcome.evidence().get("priorTreatments")).get(0);
        assertEquals("adequate medication trial (12 weeks, minimum 8); outcome not given", only.get("why"));
        assertEquals("UNKNOWN", only.get("counts"));

        Verdict improved = trial.evaluate(trials(new ScreeningInput.PriorTreatment("EMDR", "EMDR", null, null, null, 10,
                "RELAPSE")));
        assertVerdict(CriterionStatus.NOT_MET,
                "no adequate trial of an approved medication or trauma-focused psychotherapy that failed", improved);
        assertVerdict(CriterionStatus.MET, "at least one adequate trial failed or was not tolerated",
                trial.evaluate(trials(null, new ScreeningInput.PriorTreatment("EMDR", "emdr", null, null, null, 8,
                        "not_tolerated"))));
        assertVerdict(CriterionStatus.NOT_MET, "no prior treatment reported", trial.evaluate(trials()));
        assertVerdict(CriterionStatus.UNKNOWN, "prior treatments are not given", trial.evaluate(EMPTY));
    }
    @Test
    void anAdequateTrialThatWorkedDoesNotCountTowardResistance() {
        Check trial = Checks.build("adequateTrial", ChecksTest.adequateTrial(), CriterionKind.INCLUSION);
        Verdict worked = trial.evaluate(trials(new ScreeningInput.PriorTreatment("sertraline", "SSRI", null, null, 12,
                null, "RESPONSE")));
        assertVerdict(CriterionStatus.NOT_MET,
                "no adequate trial of an approved medication or trauma-focused psychotherapy that failed", worked);
        Map<String, Object> only = trialEvidence(worked).get(0);
        assertEquals("NOT_MET", only.get("counts"));
        assertEquals("adequate medication trial (12 weeks, minimum 8); outcome RESPONSE does not show resistance "
                + "(this program counts NOT_TOLERATED, NO_RESPONSE)", only.get("why"));
        // one trial that worked does not undo another that failed
        assertVerdict(CriterionStatus.MET, "at least one adequate trial failed or was not tolerated",
                trial.evaluate(trials(new ScreeningInput.PriorTreatment("sertraline", "SSRI", null, null, 12, null, "RESPONSE"),
                        new ScreeningInput.PriorTreatment("EMDR", "EMDR", null, null, null, 9, "NO_RESPONSE"))));
    }

    @Test
    void anAdequateTrialWithAnUnknownOutcomeNeedsReviewLikeOneWithoutOutcome() {
        Check trial = Checks.build("adequateTrial", ChecksTest.adequateTrial(), CriterionKind.INCLUSION);
        for (String outcome : new String[] {"UNKNOWN", " unknown ", null, "", "NOT_A_CODE"}) {
            Verdict v = trial.evaluate(trials(new ScreeningInput.PriorTreatment("EMDR", "EMDR", null, null, null, 10,
                    outcome)));
            assertVerdict(CriterionStatus.UNKNOWN,
                    "no adequate failed trial shown; a possible one lacks its duration, sessions or outcome", v);
            assertEquals("UNKNOWN", trialEvidence(v).get(0).get("counts"), "outcome " + outcome);
        }
        assertEquals("adequate psychotherapy trial (10 sessions, minimum 8); outcome UNKNOWN (how the trial ended is "
                + "not known)", trialEvidence(trial.evaluate(trials(new ScreeningInput.PriorTreatment("EMDR", "EMDR",
                null, null, null, 10, "UNKNOWN")))).get(0).get("why"));
        // an inadequate trial stays NOT_MET whatever its outcome: UNKNOWN only matters where the trial would count
        assertVerdict(CriterionStatus.NOT_MET,
                "no adequate trial of an approved medication or trauma-focused psychotherapy that failed",
                trial.evaluate(trials(new ScreeningInput.PriorTreatment("EMDR", "EMDR", null, null, null, 3, "UNKNOWN"))));
        // another adequate trial that failed decides
        assertVerdict(CriterionStatus.MET, "at least one adequate trial failed or was not tolerated",
                trial.evaluate(trials(new ScreeningInput.PriorTreatment("EMDR", "EMDR", null, null, null, 10, "UNKNOWN"),
                        new ScreeningInput.PriorTreatment("paroxetine", "SSRI", null, null, 9, null, "NOT_TOLERATED"))));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> trialEvidence(Verdict v) {
        return (List<Map<String, Object>>) v.evidence().get("priorTreatments");
    }
}
