package org.expandedaccess.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What the AsyncAPI CLI does not check in an AsyncAPI 3.0 document: that every event type has exactly one
 * message, one JSON Schema and one example; that each message's example is the file in docs/events/examples,
 * meets its schema (also with every object closed, as its producer's tests check events) and has headers
 * that meet the message's CloudEvents headers schema and agree with the payload.
 */
class EventCatalogueTest {

    private static final String TYPE_PREFIX = "org.expandedaccess.";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    /** uuid, date-time and date are asserted, not only annotations */
    private static final SchemaValidatorsConfig FORMATS = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private final Path events = Project.root().resolve("docs/events");
    private final JsonNode asyncapi = read(events.resolve("asyncapi.yaml"));

    @Test
    void everyEventTypeHasOneMessageOneSchemaAndOneExample() throws IOException {
        Set<String> messages = new TreeSet<>();
        asyncapi.path("components").path("messages").forEach(m -> messages.add(m.path("name").asText()));
        assertEquals(types(events, ".schema.json"), messages, "message names in asyncapi.yaml vs the schema files");
        assertEquals(types(events.resolve("examples"), ".json"), messages, "message names in asyncapi.yaml vs examples/");
        assertEquals(10, messages.size(), "event types");
    }

    @Test
    void everyMessageHasItsSchemaAnExampleThatMeetsItAndCloudEventsHeaders() {
        List<String> problems = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = asyncapi.path("components").path("messages").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String id = entry.getKey();
            JsonNode message = entry.getValue();
            String type = message.path("name").asText();
            String name = type.startsWith(TYPE_PREFIX) ? type.substring(TYPE_PREFIX.length()) : type;
            expect(problems, id, "contentType", "application/json", message.path("contentType").asText());
            expect(problems, id, "payload schema", "./" + name + ".schema.json", message.at("/payload/schema/$ref").asText());
            expect(problems, id, "bindings", "#/components/messageBindings/keyedByRequestId", message.at("/bindings/$ref").asText());
            if (message.path("examples").isEmpty()) {
                problems.add(id + ": no example");
            }
            JsonNode schema = read(events.resolve(name + ".schema.json"));
            JsonSchema published = SCHEMAS.getSchema(schema, FORMATS);
            JsonSchema closed = SCHEMAS.getSchema(closed(schema.deepCopy()), FORMATS);
            JsonSchema headers = SCHEMAS.getSchema(inline(message.path("headers"), asyncapi), FORMATS);
            for (JsonNode example : message.path("examples")) {
                String where = id + " example " + example.path("name").asText("(unnamed)");
                expect(problems, where, "payload", "./examples/" + name + ".json", example.at("/payload/$ref").asText());
                JsonNode payload = read(events.resolve("examples").resolve(name + ".json"));
                report(problems, where + " payload vs " + name + ".schema.json", published.validate(payload));
                report(problems, where + " payload vs " + name + ".schema.json with every object closed", closed.validate(payload));
                JsonNode header = example.path("headers");
                report(problems, where + " headers", headers.validate(header));
                expect(problems, where, "ce_type", type, header.path("ce_type").asText());
                expect(problems, where, "ce_subject (the requestId)", payload.path("requestId").asText(),
                        header.path("ce_subject").asText());
            }
        }
        assertEquals(List.of(), problems, "asyncapi.yaml vs the schemas and examples beside it");
    }

    @Test
    void theHeadersSchemaRefusesARecordWithoutTheCloudEventsAttributes() {
        JsonNode message = asyncapi.at("/components/messages/requestSubmitted");
        JsonSchema headers = SCHEMAS.getSchema(inline(message.path("headers"), asyncapi), FORMATS);
        ObjectNode header = (ObjectNode) message.at("/examples/0/headers").deepCopy();
        assertEquals(Set.of(), headers.validate(header));
        header.remove("ce_id");
        header.put("ce_type", "org.expandedaccess.request.amended.v1");
        header.put("ce_time", "yesterday");
        assertEquals(3, headers.validate(header).size(), "missing ce_id, another message's ce_type, a ce_time that is no date-time");
    }

    /** Every file name in {@code folder} ending in {@code suffix}, as the event type it is for. */
    private static Set<String> types(Path folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            Set<String> types = new TreeSet<>();
            files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(suffix))
                    .forEach(f -> types.add(TYPE_PREFIX + f.substring(0, f.length() - suffix.length())));
            return types;
        }
    }

    /** The schema as a producer must meet it: every object that lists its properties admits no others. */
    private static JsonNode closed(JsonNode node) {
        if (node instanceof ObjectNode object && object.get("properties") instanceof ObjectNode
                && !object.has("additionalProperties")) {
            object.put("additionalProperties", false);
        }
        if (node.isContainerNode()) {
            node.forEach(EventCatalogueTest::closed);
        }
        return node;
    }

    /** A copy of {@code node} with every reference into {@code document} ({@code #/...}) replaced by its target. */
    private static JsonNode inline(JsonNode node, JsonNode document) {
        if (node.isObject() && node.path("$ref").asText().startsWith("#/")) {
            JsonNode target = document.at(node.get("$ref").asText().substring(1));
            if (target.isMissingNode()) {
                throw new IllegalArgumentException("unresolved reference " + node.get("$ref").asText());
            }
            return inline(target, document);
        }
        if (node.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            node.fields().forEachRemaining(f -> copy.set(f.getKey(), inline(f.getValue(), document)));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            node.forEach(item -> copy.add(inline(item, document)));
            return copy;
        }
        return node;
    }

    private static void expect(List<String> problems, String where, String what, String expected, String actual) {
        if (!expected.equals(actual)) {
            problems.add(where + ": " + what + " is '" + actual + "', expected '" + expected + "'");
        }
    }

    private static void report(List<String> problems, String where, Set<ValidationMessage> errors) {
        errors.forEach(e -> problems.add(where + ": " + e.getMessage()));
    }

    private static JsonNode read(Path file) {
        try {
            return file.getFileName().toString().endsWith(".json") ? JSON.readTree(file.toFile())
                    : new YAMLMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
