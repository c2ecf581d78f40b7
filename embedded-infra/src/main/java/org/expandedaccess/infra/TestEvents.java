package org.expandedaccess.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/**
 * Builds CloudEvents (binary mode) for consumer tests from the checked-in examples in
 * docs/events/examples, so tests feed consumers exactly what the contract documents.
 */
public final class TestEvents {

    private TestEvents() {
    }

    /** A RequestSubmitted for a new requestId, owned by {@code physician}; returns the requestId. */
    public static String sendRequestSubmitted(String bootstrap, String eventId, String physician, String initials,
                                              boolean emergency) {
        String requestId = UUID.randomUUID().toString();
        String data = example("request.submitted.v1")
                .replace("6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f", requestId)
                .replace("sub-dr.alice", "sub-" + physician)
                .replace("\"dr.alice\"", "\"" + physician + "\"")
                .replace("\"JD\"", "\"" + initials + "\"")
                .replace("\"emergency\": false", "\"emergency\": " + emergency);
        TopicReader.send(bootstrap, "ea.requests", requestId,
                headers(eventId, "org.expandedaccess.request.submitted.v1", "/intake-service", requestId), data);
        return requestId;
    }

    /** CloudEvents 1.0 binary-mode headers. */
    public static Map<String, String> headers(String id, String type, String source, String subject) {
        return Map.of("ce_specversion", "1.0", "ce_id", id, "ce_type", type, "ce_source", source,
                "ce_subject", subject, "ce_time", "2026-11-27T17:30:00Z", "content-type", "application/json");
    }

    /** The example data of an event type, from docs/events/examples (found from the module's folder). */
    public static String example(String name) {
        Path file = Path.of("..", "docs", "events", "examples", name + ".json");
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("example event not found: " + file.toAbsolutePath(), e);
        }
    }
}
