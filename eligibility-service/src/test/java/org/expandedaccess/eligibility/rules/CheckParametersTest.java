package org.expandedaccess.eligibility.rules;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each way a parameter can be wrong, with the message a definition's author reads. */
class CheckParametersTest {

    private static String refused(Map<String, Object> values, Consumer<CheckParameters> read) {
        return assertThrows(IllegalArgumentException.class, () -> read.accept(new CheckParameters(values))).getMessage();
    }

    @Test
    void numbersAreNonNegative() {
        assertEquals(new BigDecimal("47.5"), new CheckParameters(Map.of("limit", 47.5)).number("limit"));
        assertEquals("parameter 'limit' must not be negative", refused(Map.of("limit", -1), p -> p.number("limit")));
        assertEquals("parameter 'limit' must be a number, not '48'", refused(Map.of("limit", "48"), p -> p.number("limit")));
        assertEquals("parameter 'limit' is missing", refused(Map.of(), p -> p.number("limit")));
    }

    @Test
    void factsAreKnownAndOfTheirType() {
        assertEquals("weightKg", new CheckParameters(Map.of("fact", "weightKg")).fact("fact", Facts.Type.NUMBER));
        assertTrue(refused(Map.of("fact", 3), p -> p.fact("fact", Facts.Type.NUMBER))
                .startsWith("parameter 'fact': unknown fact '3'; known facts are ageYears, sex, weightKg"));
        assertEquals("parameter 'fact': fact 'pregnant' is not a number",
                refused(Map.of("fact", "pregnant"), p -> p.fact("fact", Facts.Type.NUMBER)));
    }

    @Test
    void codesAndNamesAreNonEmptyListsOfTexts() {
        assertEquals(Set.of("SSRI", "SNRI"), new CheckParameters(Map.of("classes", List.of("ssri", " SNRI ")))
                .codes("classes", Facts.MEDICATION_CLASSES));
        assertEquals("parameter 'classes' must be a non-empty list",
                refused(Map.of("classes", List.of()), p -> p.names("classes")));
        assertEquals("parameter 'classes' must be a non-empty list",
                refused(Map.of("classes", "SSRI"), p -> p.names("classes")));
        assertEquals("parameter 'classes' must list non-blank texts",
                refused(Map.of("classes", List.of("SSRI", " ")), p -> p.names("classes")));
        assertEquals("parameter 'classes': unknown code 'OPIOID'; allowed are ANTIPSYCHOTIC, BENZODIAZEPINE, MAOI, "
                        + "OTHER, OTHER_PSYCHIATRIC, SNRI, SSRI, STIMULANT",
                refused(Map.of("classes", List.of("OPIOID")), p -> p.codes("classes", Facts.MEDICATION_CLASSES)));
    }

    @Test
    void expectedFactValuesFollowEachFactsType() {
        Map<String, Set<Object>> read = new CheckParameters(Map.of("expected",
                Map.of("pregnant", false, "sex", List.of("female", "OTHER")))).factValues("expected", true);
        assertEquals(Map.of("pregnant", Set.of(false), "sex", Set.of("FEMALE", "OTHER")), read);
        assertEquals(Map.of(), new CheckParameters(Map.of()).factValues("notApplicableWhen", false));
        assertEquals("parameter 'expected' must map fact names to expected values",
                refused(Map.of(), p -> p.factValues("expected", true)));
        assertEquals("parameter 'expected' must map fact names to expected values",
                refused(Map.of("expected", List.of("pregnant")), p -> p.factValues("expected", true)));
        assertTrue(refused(Map.of("expected", Map.of("pregnancy", true)), p -> p.factValues("expected", true))
                .startsWith("parameter 'expected': unknown fact 'pregnancy'; known facts are "));
        assertEquals("parameter 'expected': fact 'pregnant' expects true or false, not 'yes'",
                refused(Map.of("expected", Map.of("pregnant", "yes")), p -> p.factValues("expected", true)));
        assertEquals("parameter 'expected': fact 'ageYears' is a number; compare numbers with the atLeast or lessThan rules",
                refused(Map.of("expected", Map.of("ageYears", 18)), p -> p.factValues("expected", true)));
        assertEquals("parameter 'expected': fact 'diagnosisCode' expects a text, not 'true'",
                refused(Map.of("expected", Map.of("diagnosisCode", true)), p -> p.factValues("expected", true)));
        assertEquals("parameter 'expected': fact 'sex' has no value 'X'; allowed are FEMALE, MALE, OTHER",
                refused(Map.of("expected", Map.of("sex", "X")), p -> p.factValues("expected", true)));
        assertEquals("parameter 'expected': fact 'sex' has no expected value",
                refused(Map.of("expected", Map.of("sex", List.of())), p -> p.factValues("expected", true)));
        assertEquals("parameter 'expected': fact 'pregnant' expects true or false, not 'null'",
                refused(Map.of("expected", Map.of("pregnant", Arrays.asList(true, null))),
                        p -> p.factValues("expected", true)));
    }

    @Test
    void onlyParametersThatWereReadAreAccepted() {
        CheckParameters p = new CheckParameters(Map.of("fact", "ageYears", "minimum", 18));
        p.fact("fact", Facts.Type.NUMBER);
        assertEquals("unknown parameter 'minimum'", assertThrows(IllegalArgumentException.class, p::noOthers).getMessage());
        p.number("minimum");
        p.noOthers();
    }
}
