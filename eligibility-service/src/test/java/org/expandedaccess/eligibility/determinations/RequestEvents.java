package org.expandedaccess.eligibility.determinations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.expandedaccess.infra.TestEvents;
import org.expandedaccess.infra.TopicReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.expandedaccess.testing.EventSchemas;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sends request events built from the documented examples, and reads and checks what this service publishes. */
final class RequestEvents {

    static final ObjectMapper JSON = new ObjectMapper();

    private final String bootstrap;

    RequestEvents(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    /** Sends RequestSubmitted (version 1) for {@code requestId}, owned by {@code physician}; returns the event id. */
    String submitted(String requestId, String physician, Consumer<ObjectNode> edit) {
        return send("request.submitted.v1", "org.expandedaccess.request.submitted.v1", UUID.randomUUID().toString(),
                requestId, physician, edit);
    }

    String amended(String requestId, String physician, int version, Consumer<ObjectNode> edit) {
        return send("request.amended.v1", "org.expandedaccess.request.amended.v1", UUID.randomUUID().toString(),
                requestId, physician, data -> {
                    data.put("version", version);
                    edit.accept(data);
                });
    }

    String withdrawn(String requestId, String physician) {
        return send("request.withdrawn.v1", "org.expandedaccess.request.withdrawn.v1", UUID.randomUUID().toString(),
                requestId, physician, data -> { });
    }

    /** Sends an example event with the given CloudEvents id (a redelivery when the id was used before). */
    String send(String example, String type, String eventId, String requestId, String physician, Consumer<ObjectNode> edit) {
        ObjectNode data = example(example);
        data.put("requestId", requestId);
        ((ObjectNode) data.get("physician")).put("id", "sub-" + physician).put("username", physician);
        edit.accept(data);
        TopicReader.send(bootstrap, "ea.requests", requestId, TestEvents.headers(eventId, type, "/intake-service", requestId),
                data.toString());
        return eventId;
    }

    /** Waits until {@code count} events of {@code type} about {@code requestId} are on ea.eligibility; returns them. */
    List<ConsumerRecord<String, String>> published(String requestId, String type, int count) {
        return TopicReader.read(bootstrap, "ea.eligibility", Duration.ofSeconds(20), r -> of(r, requestId, type).size() >= count)
                .stream().filter(r -> requestId.equals(r.key()) && type.equals(TopicReader.header(r, "ce_type"))).toList();
    }

    private static List<ConsumerRecord<String, String>> of(List<ConsumerRecord<String, String>> records, String requestId,
                                                           String type) {
        return records.stream().filter(r -> requestId.equals(r.key()) && type.equals(TopicReader.header(r, "ce_type")))
                .toList();
    }

    static ObjectNode example(String name) {
        try {
            return (ObjectNode) JSON.readTree(TestEvents.example(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts that {@code data} is valid against docs/events/{@code name}.schema.json with every object closed. */
    static void assertMatchesSchema(String name, JsonNode data) {
        Path file = Path.of("..", "docs", "events", name + ".schema.json");
        try {
            Set<ValidationMessage> errors = EventSchemas.closed(file).validate(data);
            assertTrue(errors.isEmpty(), "event does not match " + file + " (every object closed): " + errors);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
