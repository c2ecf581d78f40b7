package org.expandedaccess.cases.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks event data against its JSON Schema in docs/events. */
public final class Schemas {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Schemas() {
    }

    public static void assertValid(String type, String data) throws Exception {
        String name = type.substring("org.expandedaccess.".length());
        Path file = Path.of("..", "docs", "events", name + ".schema.json");
        try (InputStream in = Files.newInputStream(file)) {
            Set<ValidationMessage> errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in).validate(JSON.readTree(data));
            assertTrue(errors.isEmpty(), type + " does not match " + file + ": " + errors);
        }
    }
}
