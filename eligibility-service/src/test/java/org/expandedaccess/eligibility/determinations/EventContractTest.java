package org.expandedaccess.eligibility.determinations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.expandedaccess.eligibility.rules.CriterionKind;
import org.expandedaccess.eligibility.rules.CriterionStatus;
import org.expandedaccess.eligibility.rules.EligibilityRules;
import org.expandedaccess.eligibility.rules.Evaluation;
import org.expandedaccess.eligibility.rules.Inputs;
import org.expandedaccess.infra.TestEvents;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The checked-in examples of what this service publishes match their schemas and what the rules produce. */
class EventContractTest {

    @Test
    void examplesMatchTheirSchemas() {
        for (String name : List.of("eligibility.determined.v1", "eligibility.overridden.v1")) {
            RequestEvents.assertMatchesSchema(name, RequestEvents.read(TestEvents.example(name)));
        }
    }

    @Test
    void anUndocumentedFieldPassesThePublishedSchemaButNotThisProducersCheck() throws Exception {
        ObjectNode event = RequestEvents.example("eligibility.determined.v1");
        ((ObjectNode) event.get("criteria").get(0)).put("explantion", "typo");
        Path file = Path.of("..", "docs", "events", "eligibility.determined.v1.schema.json");
        try (InputStream in = Files.newInputStream(file)) {
            assertEquals(Set.of(), JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in).validate(event),
                    "consumers accept a field added later (docs/events/README.md)");
        }
        assertThrows(AssertionFailedError.class, () -> RequestEvents.assertMatchesSchema("eligibility.determined.v1", event),
                "eligibility-service must not publish a field the schema does not list");
        ObjectNode evidence = RequestEvents.example("eligibility.determined.v1");
        ((ObjectNode) evidence.get("criteria").get(0).get("evidence")).put("anyFactName", true);
        RequestEvents.assertMatchesSchema("eligibility.determined.v1", evidence); // evidence is open by design
    }

    @Test
    void determinedExampleIsWhatTheRulesDecideForTheSubmittedExample() {
        JsonNode request = RequestEvents.read(TestEvents.example("request.submitted.v1"));
        Evaluation e = new EligibilityRules().evaluate(Inputs.mdmaPtsd(), Inputs.input(request));
        JsonNode example = RequestEvents.read(TestEvents.example("eligibility.determined.v1"));
        assertEquals(e.outcome().name(), example.get("outcome").asText());
        assertEquals(e.programVersion(), example.get("programVersion").asText());
        List<Map<String, Object>> criteria = e.criteria().stream().map(c -> Map.<String, Object>of("id", c.id(),
                "kind", c.kind().name(), "status", c.status().name(), "source", c.source())).toList();
        List<Map<String, Object>> documented = new java.util.ArrayList<>();
        example.get("criteria").forEach(c -> documented.add(Map.of("id", c.get("id").asText(),
                "kind", CriterionKind.valueOf(c.get("kind").asText()).name(),
                "status", CriterionStatus.valueOf(c.get("status").asText()).name(), "source", c.get("source").asText())));
        assertEquals(criteria, documented);
    }
}
