package org.expandedaccess.eligibility.programs;

import org.expandedaccess.eligibility.rules.Criterion;
import org.expandedaccess.eligibility.rules.CriterionKind;
import org.expandedaccess.eligibility.rules.CriterionStatus;
import org.expandedaccess.eligibility.rules.EligibilityRules;
import org.expandedaccess.eligibility.rules.Inputs;
import org.expandedaccess.eligibility.rules.ProgramDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgramDefinitionParserTest {

    private static final String SHIPPED = Inputs.resource("programs/mdma-ptsd.yaml");
    private final ProgramDefinitionParser parser = new ProgramDefinitionParser();

    private static Criterion criterion(ProgramDefinition p, String id) {
        return p.criteria().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void shippedDefinitionFollowsTheProgramDefaultsOfDomainSection5() {
        ProgramDefinition p = Inputs.mdmaPtsd();
        assertEquals("mdma-ptsd", p.id());
        assertEquals(18, criterion(p, "adult").parameters().get("minimum"));
        assertEquals(35, criterion(p, "caps5-severity").parameters().get("minimum"));
        assertEquals(6, criterion(p, "ptsd-duration").parameters().get("minimum"));
        assertEquals(Map.of("diagnosisCode", List.of("F43.10", "F43.11", "F43.12")),
                criterion(p, "ptsd-diagnosis").parameters().get("expected"));
        Map<String, Object> trial = criterion(p, "treatment-resistant").parameters();
        assertEquals(8, trial.get("minimumMedicationWeeks"));
        assertEquals(8, trial.get("minimumPsychotherapySessions"));
        assertEquals(List.of("NO_RESPONSE", "PARTIAL_RESPONSE", "NOT_TOLERATED", "RELAPSE"), trial.get("qualifyingOutcomes"));
        assertEquals(List.of("PROLONGED_EXPOSURE", "COGNITIVE_PROCESSING_THERAPY", "EMDR"), trial.get("psychotherapyCategories"));
        assertEquals(48, criterion(p, "low-weight").parameters().get("limit"));

        Map<CriterionKind, Set<String>> byKind = p.criteria().stream().collect(Collectors.groupingBy(Criterion::kind,
                Collectors.mapping(Criterion::id, Collectors.toSet())));
        assertEquals(Set.of("serious-condition", "no-comparable-alternative", "risk-benefit", "no-trial-access", "adult",
                "ptsd-diagnosis", "ptsd-duration", "caps5-severity", "treatment-resistant", "support-person",
                "overnight-stay"), byKind.get(CriterionKind.INCLUSION));
        assertEquals(Set.of("pregnancy", "lactation", "no-contraception", "psychiatric-exclusion", "substance-use-disorder",
                "cardiovascular-exclusion", "high-suicide-risk"), byKind.get(CriterionKind.EXCLUSION));
        assertEquals(Set.of("medication-taper", "low-weight", "hepatic-impairment"), byKind.get(CriterionKind.NEEDS_REVIEW));
        assertTrue(p.criteria().stream().allMatch(c -> c.source() != null && !c.source().isBlank()));
    }

    @Test
    void changingAThresholdNeedsNoCodeChange() {
        ProgramDefinition mapp2 = parser.parse("mapp2.yaml", SHIPPED.replace("minimum: 35", "minimum: 28")
                .replace("version: \"2026.1\"", "version: \"2026.2\""));
        var caps30 = Inputs.with("clinical.caps5TotalScore", 30);
        assertEquals(CriterionStatus.NOT_MET, status(Inputs.mdmaPtsd(), caps30, "caps5-severity"));
        assertEquals(CriterionStatus.MET, status(mapp2, caps30, "caps5-severity"));
        assertEquals("2026.2", new EligibilityRules().evaluate(mapp2, caps30).programVersion());
    }

    private static CriterionStatus status(ProgramDefinition p, org.expandedaccess.eligibility.rules.ScreeningInput in, String id) {
        return new EligibilityRules().evaluate(p, in).criteria().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow().status();
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "rule: atLeast|rule: atMost|criteria[4] (id 'adult'): unknown rule 'atMost'",
            "minimum: 35|minimum: thirty-five|criteria[7] (id 'caps5-severity'): parameter 'minimum' must be a number",
            "fact: caps5TotalScore|fact: caps5Total|criteria[7] (id 'caps5-severity'): parameter 'fact': unknown fact 'caps5Total'",
            "fact: ageYears|fact: sex|criteria[4] (id 'adult'): parameter 'fact': fact 'sex' is not a number",
            "kind: EXCLUSION|kind: EXCLUDE|kind 'EXCLUDE' is not one of INCLUSION, EXCLUSION, NEEDS_REVIEW",
            "codes: [SUBSTANCE_USE_DISORDER]|codes: [ALCOHOL]|criteria[15] (id 'substance-use-disorder'): parameter 'codes': unknown code 'ALCOHOL'",
            "minimumMedicationWeeks: 8|minimumMedicationWeeks: 8\\n      minimumMedicationWeek: 6|unknown parameter 'minimumMedicationWeek'",
            "id: overnight-stay|id: support-person|criteria[10] (id 'support-person'): id is used twice",
            "source: 21 CFR 312.305(a)(1)\\n|source: ''\\n|criteria[1] (id 'no-comparable-alternative'): 'source' is missing or blank",
            "cssrsRisk: HIGH|cssrsRisk: EXTREME|fact 'cssrsRisk' has no value 'EXTREME'",
            "version: \"2026.1\"|version: ''|'version' is missing or blank"})
    void invalidDefinitionIsRefusedWithAMessageNamingTheProblem(String from, String to, String message) {
        String yaml = SHIPPED.replace(from.replace("\\n", "\n"), to.replace("\\n", "\n"));
        assertTrue(!yaml.equals(SHIPPED), "test edit must change the document: " + from);
        InvalidProgramDefinitionException e = assertThrows(InvalidProgramDefinitionException.class,
                () -> parser.parse("programs/mdma-ptsd.yaml", yaml));
        assertTrue(e.getMessage().startsWith("program definition programs/mdma-ptsd.yaml is invalid"), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void structurallyBrokenDocumentsAreRefused() {
        assertThrows(InvalidProgramDefinitionException.class, () -> parser.parse("x.yaml", "id: [unclosed"));
        assertTrue(assertThrows(InvalidProgramDefinitionException.class, () -> parser.parse("x.yaml",
                "id: x\nname: X\ndrug: D\nversion: '1'\ncriteria: []\n")).getMessage().contains("'criteria' must be a non-empty list"));
        assertTrue(assertThrows(InvalidProgramDefinitionException.class, () -> parser.parse("x.yaml",
                SHIPPED + "\nthresholds: {}\n")).getMessage().contains("unknown field 'thresholds'"));
    }

    @Test
    void aBadDefinitionStopsTheCatalogAtStart(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("broken.yaml"), SHIPPED.replace("rule: atLeast", "rule: atMost"));
        InvalidProgramDefinitionException e = assertThrows(InvalidProgramDefinitionException.class,
                () -> new ProgramCatalog(config(List.of("mdma-ptsd"), dir.toString())));
        assertTrue(e.getMessage().contains("broken.yaml is invalid: criteria[4] (id 'adult'): unknown rule 'atMost'"),
                e.getMessage());
        assertTrue(assertThrows(InvalidProgramDefinitionException.class,
                () -> new ProgramCatalog(config(List.of("no-such-program"), null))).getMessage()
                .contains("programs/no-such-program.yaml is not on the class path"));
    }

    @Test
    void aDefinitionInTheProgramDirectoryAddsAProgram(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("mdma-ptsd-moderate.yaml"), SHIPPED.replace("id: mdma-ptsd", "id: mdma-ptsd-moderate")
                .replace("minimum: 35", "minimum: 28"));
        ProgramCatalog catalog = new ProgramCatalog(config(List.of("mdma-ptsd"), dir.toString()));
        assertEquals(List.of("mdma-ptsd", "mdma-ptsd-moderate"), catalog.all().stream().map(ProgramDefinition::id).toList());
    }

    private static ProgramsConfig config(List<String> programs, String directory) {
        return new ProgramsConfig() {
            @Override
            public List<String> programs() {
                return programs;
            }

            @Override
            public Optional<String> programDirectory() {
                return Optional.ofNullable(directory);
            }
        };
    }
}
