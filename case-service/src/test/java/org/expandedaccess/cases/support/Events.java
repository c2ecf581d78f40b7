package org.expandedaccess.cases.support;

import org.expandedaccess.infra.TestEvents;
import org.expandedaccess.infra.TopicReader;

import java.util.UUID;

/** Request and eligibility events for a request, built from docs/events/examples and sent to the real broker. */
public final class Events {

    private static final String EXAMPLE_REQUEST = "6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f";

    private Events() {
    }

    public static void determined(String bootstrap, String eventId, String requestId, int version, String outcome) {
        String data = TestEvents.example("eligibility.determined.v1")
                .replace(EXAMPLE_REQUEST, requestId)
                .replace("\"requestVersion\": 1", "\"requestVersion\": " + version)
                .replace("\"outcome\": \"ELIGIBLE\"", "\"outcome\": \"" + outcome + "\"");
        TopicReader.send(bootstrap, "ea.eligibility", requestId, TestEvents.headers(eventId,
                "org.expandedaccess.eligibility.determined.v1", "/eligibility-service", requestId), data);
    }

    public static void overridden(String bootstrap, String requestId, int version, String outcome) {
        String data = TestEvents.example("eligibility.overridden.v1")
                .replace(EXAMPLE_REQUEST, requestId)
                .replace("\"requestVersion\": 1", "\"requestVersion\": " + version)
                .replace("\"outcome\": \"INELIGIBLE\"", "\"outcome\": \"" + outcome + "\"");
        TopicReader.send(bootstrap, "ea.eligibility", requestId, TestEvents.headers(UUID.randomUUID().toString(),
                "org.expandedaccess.eligibility.overridden.v1", "/eligibility-service", requestId), data);
    }

    public static void amended(String bootstrap, String requestId, int version) {
        String data = TestEvents.example("request.amended.v1")
                .replace(EXAMPLE_REQUEST, requestId)
                .replaceFirst("\"version\": \\d+", "\"version\": " + version);
        TopicReader.send(bootstrap, "ea.requests", requestId, TestEvents.headers(UUID.randomUUID().toString(),
                "org.expandedaccess.request.amended.v1", "/intake-service", requestId), data);
    }

    public static void withdrawn(String bootstrap, String requestId) {
        String data = TestEvents.example("request.withdrawn.v1").replace(EXAMPLE_REQUEST, requestId);
        TopicReader.send(bootstrap, "ea.requests", requestId, TestEvents.headers(UUID.randomUUID().toString(),
                "org.expandedaccess.request.withdrawn.v1", "/intake-service", requestId), data);
    }
}
