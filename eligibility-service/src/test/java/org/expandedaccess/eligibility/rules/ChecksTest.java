package org.expandedaccess.eligibility.rules;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The registry: each rule name builds its own type; an unknown name or parameter is refused by name. */
class ChecksTest {

    @Test
    void eachRuleNameBuildsItsType() {
        assertInstanceOf(AtLeast.class, Checks.build("atLeast", Map.of("fact", "ageYears", "minimum", 18),
                CriterionKind.INCLUSION));
        assertInstanceOf(LessThan.class, Checks.build("lessThan", Map.of("fact", "weightKg", "limit", 48),
                CriterionKind.NEEDS_REVIEW));
        assertInstanceOf(ExpectedFacts.class, Checks.build("facts", Map.of("expected", Map.of("pregnant", true)),
                CriterionKind.EXCLUSION));
        assertInstanceOf(Comorbidity.class, Checks.build("comorbidity", Map.of("codes", List.of("STROKE")),
                CriterionKind.EXCLUSION));
        assertInstanceOf(CurrentMedication.class, Checks.build("currentMedication", Map.of("classes", List.of("SSRI")),
                CriterionKind.NEEDS_REVIEW));
        assertInstanceOf(AdequateTrial.class, Checks.build("adequateTrial", adequateTrial(), CriterionKind.INCLUSION));
        assertEquals(Set.of("atLeast", "lessThan", "facts", "comorbidity", "currentMedication", "adequateTrial"), Checks.RULES);
    }

    @Test
    void anUnknownRuleIsRefusedNamingTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Checks.build("atMost", Map.of(), CriterionKind.INCLUSION));
        assertEquals("unknown rule 'atMost'; known rules are adequateTrial, atLeast, comorbidity, currentMedication, "
                + "facts, lessThan", e.getMessage());
        assertEquals("unknown rule 'null'; known rules are adequateTrial, atLeast, comorbidity, currentMedication, "
                + "facts, lessThan", assertThrows(IllegalArgumentException.class,
                () -> Checks.build(null, null, CriterionKind.INCLUSION)).getMessage());
    }

    @Test
    void aParameterTheRuleDoesNotReadIsRefused() {
        assertEquals("unknown parameter 'maximum'", assertThrows(IllegalArgumentException.class,
                () -> Checks.build("atLeast", Map.of("fact", "ageYears", "minimum", 18, "maximum", 65),
                        CriterionKind.INCLUSION)).getMessage());
        assertEquals("parameter 'fact' is missing", assertThrows(IllegalArgumentException.class,
                () -> Checks.build("atLeast", null, CriterionKind.INCLUSION)).getMessage());
    }

    @Test
    void aFractionWhereWholeWeeksAreExpectedIsRefused() {
        Map<String, Object> p = adequateTrial();
        p.put("minimumMedicationWeeks", 7.5);
        assertThrows(ArithmeticException.class, () -> Checks.build("adequateTrial", p, CriterionKind.INCLUSION));
    }

    @Test
    void unknownCanNeverBeAnOutcomeThatShowsResistance() {
        Map<String, Object> p = adequateTrial();
        p.put("qualifyingOutcomes", List.of("NO_RESPONSE", "unknown"));
        assertEquals("parameter 'qualifyingOutcomes': UNKNOWN cannot show resistance (a trial whose outcome is not "
                + "known makes the criterion UNKNOWN)", assertThrows(IllegalArgumentException.class,
                () -> Checks.build("adequateTrial", p, CriterionKind.INCLUSION)).getMessage());
        p.put("qualifyingOutcomes", List.of("NO_RESPONSE", "RESPONSE"));
        assertInstanceOf(AdequateTrial.class, Checks.build("adequateTrial", p, CriterionKind.INCLUSION),
                "a program may count a response if its protocol says so");
    }

    static Map<String, Object> adequateTrial() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("medicationCategories", List.of("SSRI"));
        p.put("medicationNames", List.of("Sertraline", "paroxetine"));
        p.put("minimumMedicationWeeks", 8);
        p.put("psychotherapyCategories", List.of("PROLONGED_EXPOSURE", "EMDR"));
        p.put("minimumPsychotherapySessions", 8);
        p.put("qualifyingOutcomes", List.of("NO_RESPONSE", "NOT_TOLERATED"));
        return p;
    }
}
