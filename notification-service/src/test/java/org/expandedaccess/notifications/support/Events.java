package org.expandedaccess.notifications.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.expandedaccess.infra.TestEvents;
import org.expandedaccess.infra.TopicReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.expandedaccess.testing.EventSchemas;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Events for one request, built from docs/events/examples and checked against docs/events schemas
 * before they are sent, so the tests feed the consumers exactly what the contract allows.
 */
public final class Events {

    public static final ObjectMapper JSON = new ObjectMapper();

    public final String bootstrap;
    public final String requestId = UUID.randomUUID().toString();
    public final String caseId = UUID.randomUUID().toString();
    public final String reference = String.format("EA-2026-%05d", ThreadLocalRandom.current().nextInt(100_000));
    public final String initials;
    public String physician = "dr.alice";
    public String client = "ea-portal";
    public boolean emergency;

    public Events(String bootstrap) {
        this.bootstrap = bootstrap;
        ThreadLocalRandom r = ThreadLocalRandom.current();
        this.initials = "" + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26));
    }

    public Events physician(String username) {
        this.physician = username;
        return this;
    }

    public Events client(String clientId) {
        this.client = clientId;
        return this;
    }

    public Events emergency(boolean value) {
        this.emergency = value;
        return this;
    }

    /** The example of {@code name} rewritten for this request; edit it further before sending. */
    public ObjectNode data(String name) {
        ObjectNode data = (ObjectNode) read(TestEvents.example(name));
        data.put("requestId", requestId);
        if (data.has("caseId")) {
            data.put("caseId", caseId);
            data.put("reference", reference);
            data.put("patientInitials", initials);
            data.put("emergency", emergency);
            data.put("submittedByClient", client);
        }
        if (data.has("physician")) {
            ((ObjectNode) data.get("physician")).put("username", physician);
            if (data.get("physician").has("id")) {
                ((ObjectNode) data.get("physician")).put("id", "sub-" + physician);
            }
        }
        if (data.has("patient")) {
            ((ObjectNode) data.get("patient")).put("initials", initials);
        }
        if (name.startsWith("request.")) {
            data.put("submittedByClient", client);
            if (data.has("emergency")) {
                ((ObjectNode) data.get("emergency")).put("emergency", emergency);
            }
        }
        return data;
    }

    /** Sends {@code data} as event {@code name} with a new id; returns the id. */
    public String send(String name, JsonNode data) {
        String id = UUID.randomUUID().toString();
        send(name, data, id);
        return id;
    }

    /** Sends the example of {@code name} for this request, unchanged otherwise; returns the event id. */
    public String send(String name) {
        return send(name, data(name));
    }

    /** Sends with a given CloudEvents id (a redelivery when the id was used before). */
    public void send(String name, JsonNode data, String eventId) {
        assertMatchesSchema(name, data);
        String topic = name.startsWith("request.") ? "ea.requests" : name.startsWith("eligibility.") ? "ea.eligibility" : "ea.cases";
        String source = name.startsWith("request.") ? "/intake-service" : name.startsWith("eligibility.")
                ? "/eligibility-service" : "/case-service";
        TopicReader.send(bootstrap, topic, requestId,
                TestEvents.headers(eventId, "org.expandedaccess." + name, source, requestId), data.toString());
    }

    /** Asserts that a test event is valid against docs/events/{@code name}.schema.json with every object closed. */
    public static void assertMatchesSchema(String name, JsonNode data) {
        Path file = Path.of("..", "docs", "events", name + ".schema.json");
        try {
            Set<ValidationMessage> errors = EventSchemas.closed(file).validate(data);
            assertTrue(errors.isEmpty(), "test event does not match " + file + " (every object closed): " + errors);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
