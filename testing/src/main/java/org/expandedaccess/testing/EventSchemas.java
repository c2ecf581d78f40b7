package org.expandedaccess.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;

import java.io.IOException;
import java.nio.file.Path;

/** An event's JSON Schema in docs/events, as its producer must meet it. */
public final class EventSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();

    private EventSchemas() {
    }

    /**
     * The schema as a producer must meet it. The published schema is open, so that consumers accept fields
     * added later within the version (docs/events/README.md); a producer emits only the fields it documents,
     * so here every object that lists its properties is closed and an undocumented or misspelt field fails.
     */
    public static JsonSchema closed(Path file) throws IOException {
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
            node.forEach(EventSchemas::close);
        }
    }
}
