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
import org.expandedaccess.testing.EventSchemas;
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
        Set<ValidationMessage> errors = EventSchemas.closed(file).validate(JSON.readTree(data));
        assertTrue(errors.isEmpty(), type + " does not match " + file + " (every object closed): " + errors);
    }
}
