package org.expandedaccess.cases.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks event data against its JSON Schema in docs/events, as a producer must meet it (every object closed). */
public final class Schemas {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Schemas() {
    }

    public static void assertValid(String type, String data) throws Exception {
        String name = type.substring("org.expandedaccess.".length());
        Path file = Path.of("..", "docs", "events", name + ".schema.json");
        Set<ValidationMessage> errors = closedSchema(file).validate(JSON.readTree(data));
        assertTrue(errors.isEmpty(), type + " does not match " + file + " (every object closed): " + errors);
    }

    /**
     * The schema as a producer must meet it. The published schema is open, so that consumers accept fields
     * added later within the version (docs/events/README.md); a producer emits only the fields it documents,
     * so here every object that lists its properties is closed and an undocumented or misspelt field fails.
     */
    static JsonSchema closedSchema(Path file) throws IOException {
        JsonNode schema = JSON.readTree(file.toFile());
        close(schema);
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
    }

    private static void close(JsonNode node) {
        if (node instanceof ObjectNode object && object.get("properties") instanceof ObjectNode
                && !object.has("additionalProperties")) {
            object.put("additionalProperties", false);
        }
        if (node.isContainerNode()) {
            node.forEach(Schemas::close);
        }
    }
}
