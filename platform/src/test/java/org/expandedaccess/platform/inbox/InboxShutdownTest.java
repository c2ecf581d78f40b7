package org.expandedaccess.platform.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.ce.impl.DefaultIncomingCloudEventMetadata;
import io.smallrye.reactive.messaging.ce.CloudEventMetadata;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.expandedaccess.infra.quarkus.PostgresTestResource;
import org.expandedaccess.platform.ThingsKafkaTestResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A consumer that shuts down while its database is unreachable stops without acknowledging or parking
 * the record in hand, so the next start receives it again. Uses an inbox of its own, so the app's
 * shared one keeps running.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = ThingsKafkaTestResource.class, restrictToAnnotatedClass = false)
class InboxShutdownTest {

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper mapper;
    @Inject
    DatabaseProbe probe;
    @Inject
    InboxConfig config;

    private final AtomicInteger acks = new AtomicInteger();
    private final AtomicInteger nacks = new AtomicInteger();

    @AfterEach
    void databaseIsBack() {
        PostgresTestResource.startServer();
    }

    @Test
    void shutdownDuringAnOutageLeavesTheRecordUnacknowledgedAndUnparked() throws Exception {
        Inbox inbox = new Inbox(em, mapper, probe, config, "shutdown-test");
        AtomicInteger applied = new AtomicInteger();
        InboxConsumer consumer = new InboxConsumer() {
            @Override
            public Set<String> channels() {
                return Set.of("things");
            }

            @Override
            public void apply(String channel, IncomingEvent event) {
                applied.incrementAndGet();
            }
        };
        PostgresTestResource.stopServer();

        CompletableFuture<CompletionStage<Void>> result = CompletableFuture.supplyAsync(
                () -> inbox.consume(message(), "things", consumer));
        await().atMost(Duration.ofSeconds(30)).until(() -> !inbox.waiting().isEmpty());
        assertFalse(result.isDone(), "the record is held while the database is down");

        inbox.onShutdown(null);

        CompletionStage<Void> stage = result.get(10, TimeUnit.SECONDS); // the retry loop ends at once
        assertFalse(stage.toCompletableFuture().isDone(), "neither acknowledged nor failed");
        assertEquals(0, acks.get(), "not acknowledged: the offset stays uncommitted");
        assertEquals(0, nacks.get(), "not parked on the dead-letter topic");
        assertEquals(0, applied.get());

        // a record that arrives after shutdown began is not even tried
        CompletionStage<Void> late = inbox.consume(message(), "things", consumer);
        assertFalse(late.toCompletableFuture().isDone());
        assertEquals(0, acks.get() + nacks.get());
    }

    private Message<String> message() {
        DefaultIncomingCloudEventMetadata<String> ce = new DefaultIncomingCloudEventMetadata<>(
                CloudEventMetadata.CE_VERSION_1_0, UUID.randomUUID().toString(), URI.create("/platform-test"),
                "org.expandedaccess.thing.created.v1", "application/json", null, "thing-1",
                ZonedDateTime.now(), null, null);
        return Message.of("{\"name\":\"SD\"}", Metadata.of(ce))
                .withAck(() -> {
                    acks.incrementAndGet();
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(e -> {
                    nacks.incrementAndGet();
                    return CompletableFuture.completedFuture(null);
                });
    }
}
