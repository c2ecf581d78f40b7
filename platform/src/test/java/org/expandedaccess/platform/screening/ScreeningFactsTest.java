package org.expandedaccess.platform.screening;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.expandedaccess.platform.json.StrictJson;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The derivation of screening facts from a draft, and reading a whole draft as services read it (strict JSON). */
class ScreeningFactsTest {

    private static final ObjectMapper JSON = StrictJson.apply(new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS));

    private static JsonNode file(String path) throws Exception {
        return JSON.readTree(Files.readString(Path.of("..").resolve(path)));
    }

    private static ScreeningFacts facts(JsonNode draft) throws Exception {
        return ScreeningFacts.of(JSON.treeToValue(draft, DraftContent.class));
    }

    @Test
    void theCompleteExampleDraftGivesExactlyWhatTheSubmittedEventExampleCarries() throws Exception {
        // as written and read again, as an event is: JSON text, not the tree of the Java values
        JsonNode facts = JSON.readTree(JSON.writeValueAsString(facts(file("docs/examples/complete-request.json"))));
        JsonNode event = file("docs/events/examples/request.submitted.v1.json");
        for (String part : List.of("programId", "patient", "clinical", "priorTreatments", "alternatives", "attestations")) {
            assertEquals(event.get(part), facts.get(part), part);
        }
        assertEquals(6, facts.size(), "nothing beyond the event's screening parts: " + facts);
    }

    @Test
    void aStatementCountsAsStatedWhenItIsNotBlank() {
        assertTrue(ScreeningFacts.stated("Unable to work for two years."));
        assertTrue(ScreeningFacts.stated("  x "));
        assertFalse(ScreeningFacts.stated(""));
        assertFalse(ScreeningFacts.stated(" \t\n"));
        assertFalse(ScreeningFacts.stated(null));
    }

    @Test
    void statementsBecomeStatedFlagsAndTheirTextStaysBehind() throws Exception {
        ObjectNode draft = (ObjectNode) file("docs/examples/complete-request.json");
        ((ObjectNode) draft.get("clinical")).put("seriousnessStatement", "   ");
        ((ObjectNode) draft.get("alternatives")).remove("noComparableAlternativeStatement");
        ((ObjectNode) draft.get("alternatives")).putNull("trialEnrollmentReason");
        ScreeningFacts f = facts(draft);
        assertFalse(f.clinical().seriousConditionStated());
        assertFalse(f.alternatives().noComparableAlternativeStated());
        assertFalse(f.alternatives().trialEnrollmentReasonStated());
        assertEquals(Boolean.FALSE, f.alternatives().canEnrollInTrial());

        String text = JSON.writeValueAsString(facts(file("docs/examples/complete-request.json")));
        for (String free : List.of("Severe PTSD with daily intrusions", "Both FDA-approved medications",
                "No MDMA trial is enrolling", "none known", "Alice Anders", "Riverside")) {
            assertFalse(text.contains(free), "free text or contact details in the facts: " + free);
        }
    }

    @Test
    void aDraftThatNamesNoProgramIsForTheDefaultProgram() throws Exception {
        ObjectNode draft = (ObjectNode) file("docs/examples/complete-request.json");
        draft.remove("programId");
        assertEquals("mdma-ptsd", facts(draft).programId());
        assertEquals(ScreeningFacts.DEFAULT_PROGRAM, ScreeningFacts.program(null));
        assertEquals("other-program", ScreeningFacts.program("other-program"));
        assertEquals("", ScreeningFacts.program(""), "a blank program is the caller's mistake, not a default");
    }

    @Test
    void missingPartsStayMissingAndValuesAreTakenAsWritten() throws Exception {
        ScreeningFacts empty = facts(JSON.readTree("{}"));
        assertEquals(new ScreeningFacts("mdma-ptsd", null, null, null, null, null), empty);

        ScreeningFacts f = facts(JSON.readTree("""
                {"patient": {"weightKg": 47.95, "sex": "female", "allergies": "penicillin", "race": "x"},
                 "clinical": {"diagnosisCode": " F43.10", "comorbidities": ["ARRHYTHMIA"]},
                 "priorTreatments": [{"name": " Sertraline ", "category": "SSRI", "durationWeeks": 9, "outcome": "UNKNOWN",
                                      "note": "stopped by the patient"}],
                 "alternatives": {"canEnrollInTrial": true},
                 "treatment": {"initialDoseMg": 120}, "physician": {"name": "Dr A"}}"""));
        assertEquals(new BigDecimal("47.95"), f.patient().weightKg());
        assertEquals("female", f.patient().sex(), "codes keep their spelling; screening judges them");
        assertNull(f.patient().ageYears());
        assertEquals(" F43.10", f.clinical().diagnosisCode(), "no trimming");
        assertFalse(f.clinical().seriousConditionStated());
        assertNull(f.clinical().medications(), "a list not given stays not given");
        assertEquals(List.of("ARRHYTHMIA"), f.clinical().comorbidities());
        assertEquals(new ScreeningFacts.PriorTreatment(" Sertraline ", "SSRI", null, null, 9, null, "UNKNOWN"),
                f.priorTreatments().get(0));
        assertEquals(new ScreeningFacts.Alternatives(false, true, false), f.alternatives());
        assertNull(f.attestations());
        String text = JSON.writeValueAsString(f);
        assertFalse(text.contains("penicillin") || text.contains("stopped by the patient") || text.contains("Dr A"), text);
    }

    @Test
    void theFactsDoNotChangeWhenTheDraftsListsDo() {
        List<String> comorbidities = new ArrayList<>(List.of("STROKE"));
        ScreeningFacts f = ScreeningFacts.of(new DraftContent(null, null, new DraftContent.Clinical(null, null, null,
                LocalDate.of(2026, 1, 2), "stated", null, comorbidities, List.of()), List.of(), null, null));
        comorbidities.add("ARRHYTHMIA");
        assertEquals(List.of("STROKE"), f.clinical().comorbidities());
        assertThrows(UnsupportedOperationException.class, () -> f.clinical().comorbidities().add("x"));
    }

    @Test
    void aWholeDraftIsReadButAWrongTypeIsStillRefusedNamingTheField() {
        MismatchedInputException e = assertThrows(MismatchedInputException.class,
                () -> JSON.readValue("{\"clinical\": {\"caps5TotalScore\": \"44\"}, \"site\": {}}", DraftContent.class));
        assertEquals(List.of("clinical", "caps5TotalScore"),
                e.getPath().stream().map(r -> r.getFieldName()).toList());
        assertThrows(MismatchedInputException.class,
                () -> JSON.readValue("{\"alternatives\": {\"noComparableAlternativeStatement\": true}}", DraftContent.class),
                "a statement is text, not a flag");
    }
}
