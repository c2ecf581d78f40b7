package org.expandedaccess.notifications.inbox;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.expandedaccess.notifications.support.Events;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.awaitility.Awaitility.await;
import static org.expandedaccess.infra.quarkus.TestTokens.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The live inbox: a connected client gets its new items as Server-Sent Events, and only its own. */
@QuarkusTest
class InboxStreamTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @TestHTTPResource("/api/v1/notifications/stream")
    URI streamUri;

    /** Lines of one SSE connection, read on a background thread. */
    static final class SseConnection implements AutoCloseable {
        final List<String> lines = new CopyOnWriteArrayList<>();
        final Thread reader;
        volatile int status;

        SseConnection(URI uri, String token) {
            HttpClient client = HttpClient.newHttpClient();
            HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                    .header("Accept", "text/event-stream").build();
            reader = new Thread(() -> {
                try {
                    HttpResponse<java.util.stream.Stream<String>> response =
                            client.send(request, HttpResponse.BodyHandlers.ofLines());
                    status = response.statusCode();
                    response.body().forEach(lines::add);
                } catch (Exception e) {
                    // closed by the test
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        boolean hasEvent(String name) {
            return lines.stream().anyMatch(l -> l.matches("event:\\s*" + name));
        }

        boolean has(String text) {
            return lines.stream().anyMatch(l -> l.contains(text));
        }

        @Override
        public void close() {
            reader.interrupt();
        }
    }

    @Test
    void aConnectedClientReceivesItsNewItemAndNobodyElsesAsServerSentEvents() {
        Events mine = new Events(bootstrap).physician("dr.ivy");
        Events theirs = new Events(bootstrap).physician("dr.jon");
        try (SseConnection ivy = new SseConnection(streamUri, token("dr.ivy", "physician"));
             SseConnection triage = new SseConnection(streamUri, token("tess.triage", "triager"))) {
            await().atMost(Duration.ofSeconds(10)).until(() -> ivy.hasEvent("ready") && triage.hasEvent("ready"));
            assertEquals(200, ivy.status);
            theirs.send("request.submitted.v1");
            mine.send("request.submitted.v1");
            await().atMost(Duration.ofSeconds(20)).until(() -> ivy.has(mine.requestId));
            await().atMost(Duration.ofSeconds(20)).until(() -> triage.has(mine.requestId) && triage.has(theirs.requestId));
            assertTrue(ivy.hasEvent("notification"), String.join("\n", ivy.lines));
            assertTrue(ivy.has("Request received for patient " + mine.initials), String.join("\n", ivy.lines));
            assertTrue(ivy.lines.stream().noneMatch(l -> l.contains(theirs.requestId)), "another physician's item");
            assertTrue(triage.has("New expanded access request for patient " + mine.initials), "the team inbox streams too");
        }
    }
}
