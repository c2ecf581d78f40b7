package org.expandedaccess.portal.requests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.MultivaluedHashMap;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormValuesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theCompleteExampleSurvivesTheFormUnchanged() throws Exception {
        JsonNode example = JSON.readTree(Files.readString(Path.of("../docs/examples/complete-request.json")));
        FormValues shown = FormValues.fromContent(example);
        MultivaluedHashMap<String, String> posted = new MultivaluedHashMap<>();
        // what the browser posts back: every input with its value, and the row counts
        for (RequestForm.Section s : RequestForm.SECTIONS) {
            s.fields().forEach(f -> posted.add(f.path(), shown.value(f.path())));
            if (s.rows() != null) {
                int n = shown.rows(s.rows(), null);
                posted.add("rows." + s.rows().path(), String.valueOf(n));
                for (int i = 0; i < n; i++) {
                    for (FormField f : s.rows().fields()) {
                        posted.add(f.at(i).path(), shown.value(f.at(i).path()));
                    }
                }
                shown.all(s.rows().path() + ".none").forEach(v -> posted.add(s.rows().path() + ".none", v));
            }
            if (s.checks() != null) {
                shown.all(s.checks().path()).forEach(v -> posted.add(s.checks().path(), v));
            }
        }
        posted.add("programId", "mdma-ptsd");
        ObjectNode back = FormValues.fromForm(posted).toContent(Set.of());
        assertEquals(withoutNulls(example), withoutNulls(back));
    }

    @Test
    void anEmptyFormStillSendsEverySectionSoEachMissingFieldIsNamed() {
        ObjectNode content = FormValues.fromForm(new MultivaluedHashMap<>()).toContent(Set.of());
        assertTrue(content.get("physician").has("npi") && content.get("physician").get("npi").isNull());
        assertTrue(content.get("physician").get("address").isNull(), "an address goes to intake only with its state");
        assertTrue(content.get("priorTreatments").isNull(), "no rows: the list is missing, not empty");
        assertTrue(content.get("clinical").get("medications").isNull(), "an unanswered list is missing");
    }

    @Test
    void emptyRowsAreDroppedAndIntakesRowIndexesMapBackToTheRowsOnScreen() {
        MultivaluedHashMap<String, String> posted = new MultivaluedHashMap<>();
        posted.add("rows.priorTreatments", "3");
        posted.add("priorTreatments[0].name", "sertraline");
        posted.add("priorTreatments[2].name", "EMDR");
        FormValues values = FormValues.fromForm(posted);
        ObjectNode content = values.toContent(Set.of());
        assertEquals(2, content.get("priorTreatments").size());
        assertEquals("EMDR", content.get("priorTreatments").get(1).get("name").asText());
        assertEquals("priorTreatments[2].outcome", values.formPath("priorTreatments[1].outcome"));
    }

    @Test
    void aRefusedValueIsSentAsEmptySoTheRestIsSaved() {
        MultivaluedHashMap<String, String> posted = new MultivaluedHashMap<>();
        posted.add("patient.initials", "john");
        posted.add("patient.ageYears", "34");
        ObjectNode content = FormValues.fromForm(posted).toContent(Set.of("patient.initials"));
        assertTrue(content.get("patient").get("initials").isNull());
        assertEquals(34, content.get("patient").get("ageYears").asInt());
    }

    @Test
    void lettersInANumberFieldAreNamedWithoutReachingIntake() {
        MultivaluedHashMap<String, String> posted = new MultivaluedHashMap<>();
        posted.add("clinical.caps5TotalScore", "forty");
        FormValues values = FormValues.fromForm(posted);
        ObjectNode content = values.toContent(Set.of());
        assertTrue(content.get("clinical").get("caps5TotalScore").isNull());
        assertEquals(Map.of("clinical.caps5TotalScore", "must be a whole number"), values.parseErrors());
    }

    @Test
    void noneOfTheComorbiditiesIsAnEmptyList() {
        MultivaluedHashMap<String, String> posted = new MultivaluedHashMap<>();
        posted.add("clinical.comorbidities", RequestForm.NONE);
        posted.add("clinical.medications.none", "true");
        ObjectNode content = FormValues.fromForm(posted).toContent(Set.of());
        assertEquals(0, content.get("clinical").get("comorbidities").size());
        assertEquals(0, content.get("clinical").get("medications").size());
    }

    @Test
    void problemsLandBesideTheirFieldsAndListsInTheSummary() {
        FormValues values = FormValues.fromForm(new MultivaluedHashMap<>());
        FormView view = FormView.of(values, Map.of("patient.initials", "the patient's initials are required",
                "site.therapists", "two therapists are required"), null);
        FormView.FieldView initials = view.sections().stream().flatMap(s -> s.fields().stream())
                .filter(f -> f.path().equals("patient.initials")).findFirst().orElseThrow();
        assertEquals("the patient's initials are required", initials.error());
        assertEquals("two therapists are required", view.sections().get(1).rows().error());
        assertEquals(2, view.issueCount());
    }

    /** JSON without null members, to compare what was typed with what is sent. */
    private static JsonNode withoutNulls(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            node.fields().forEachRemaining(e -> {
                if (!e.getValue().isNull()) {
                    copy.set(e.getKey(), withoutNulls(e.getValue()));
                }
            });
            return copy;
        }
        if (node.isArray()) {
            var copy = JSON.createArrayNode();
            node.forEach(n -> copy.add(withoutNulls(n)));
            return copy;
        }
        if (node.isNumber()) {
            return JSON.getNodeFactory().numberNode(node.decimalValue().stripTrailingZeros());
        }
        return node;
    }
}
