package org.expandedaccess.eligibility.rules;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.expandedaccess.eligibility.programs.ProgramDefinitionParser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Test inputs: a complete, eligible request content, changed one path at a time. */
public final class Inputs {

    /** Ignores what screening does not read, as the service's own mapper does (tolerant reader). */
    public static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    public static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()).findAndRegisterModules();

    /** Same clinical content as docs/events/examples/request.submitted.v1.json: eligible under mdma-ptsd. */
    public static final String ELIGIBLE = """
            {"patient": {"ageYears": 34, "sex": "FEMALE", "weightKg": 62.5, "pregnancyPotential": true,
                         "pregnant": false, "lactating": false, "contraceptionInUse": true},
             "clinical": {"diagnosisCode": "F43.10", "conditionDurationMonths": 48, "caps5TotalScore": 44,
                          "seriousConditionStated": true, "cssrsRisk": "LOW", "comorbidities": [],
                          "medications": [{"name": "prazosin", "medicationClass": "OTHER"}]},
             "priorTreatments": [{"name": "sertraline", "category": "SSRI", "durationWeeks": 24,
                                  "outcome": "PARTIAL_RESPONSE"},
                                 {"name": "prolonged exposure", "category": "PROLONGED_EXPOSURE", "sessions": 12,
                                  "outcome": "NO_RESPONSE"}],
             "alternatives": {"noComparableAlternativeStated": true, "canEnrollInTrial": false,
                              "trialEnrollmentReasonStated": true},
             "attestations": {"riskBenefitDetermination": true, "supportPersonAvailable": true,
                              "overnightStayAgreed": true}}
            """;

    private Inputs() {
    }

    public static ProgramDefinition mdmaPtsd() {
        return new ProgramDefinitionParser().parse("programs/mdma-ptsd.yaml", resource("programs/mdma-ptsd.yaml"));
    }

    public static ObjectNode eligible() {
        try {
            return (ObjectNode) JSON.readTree(ELIGIBLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The eligible content with {@code path} (dots, e.g. {@code patient.ageYears}) set to {@code value}. */
    public static ScreeningInput with(String path, Object value) {
        return input(set(eligible(), path, value));
    }

    public static ObjectNode set(ObjectNode root, String path, Object value) {
        String[] parts = path.split("\\.");
        ObjectNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            node = (ObjectNode) node.get(parts[i]);
        }
        node.set(parts[parts.length - 1], JSON.valueToTree(value));
        return root;
    }

    public static ScreeningInput input(JsonNode node) {
        try {
            return JSON.treeToValue(node, ScreeningInput.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code patch} laid over {@code base}: objects merge, everything else replaces. */
    public static JsonNode merge(JsonNode base, JsonNode patch) {
        if (!(base instanceof ObjectNode b) || !patch.isObject()) {
            return patch.deepCopy();
        }
        ObjectNode out = b.deepCopy();
        for (Map.Entry<String, JsonNode> e : patch.properties()) {
            out.set(e.getKey(), out.has(e.getKey()) ? merge(out.get(e.getKey()), e.getValue()) : e.getValue().deepCopy());
        }
        return out;
    }

    public static String resource(String name) {
        try (InputStream in = Inputs.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
