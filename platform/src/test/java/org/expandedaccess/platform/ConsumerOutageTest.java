package org.expandedaccess.platform;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.expandedaccess.infra.TestEvents;
import org.expandedaccess.infra.TopicReader;
import org.expandedaccess.infra.quarkus.KafkaTestResource;
import org.expandedaccess.infra.quarkus.PostgresTestResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A consumer whose database goes away holds the record in hand, acknowledges nothing, parks nothing,
 * reports readiness DOWN, and applies the record once by itself when the database is back.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = ThingsKafkaTestResource.class, restrictToAnnotatedClass = false)
class ConsumerOutageTest {

    private static final String CHECK = "Event consumers (inbox)";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    EntityManager em;

    @AfterEach
    void databaseIsBack() {
        PostgresTestResource.startServer();
    }

    @Test
    void aRecordWaitsUnacknowledgedThroughADatabaseOutageAndAppliesOnceAfterIt() throws Exception {
        // the consumer is running and caught up
        long initial = committed();
        String before = send("AB");
        await().atMost(Duration.ofSeconds(30)).until(() -> seen(before) == 1);
        // its offset is committed on the consumer's next commit (the throttled strategy commits every few seconds)
        await().atMost(Duration.ofSeconds(30)).until(() -> committed() > initial);
        long committedBefore = committed();

        PostgresTestResource.stopServer();
        String during = send("CD");

        // held: readiness names the consumer, nothing is acknowledged, nothing is parked
        await().atMost(Duration.ofSeconds(30)).until(() -> "DOWN".equals(inboxCheck()));
        Thread.sleep(3000); // past several retries and one commit interval of the consumer
        assertEquals(committedBefore, committed(), "the held record's offset must not be committed");
        assertTrue(TopicReader.read(bootstrap, "ea.things.dlq", Duration.ofSeconds(3), r -> false).stream()
                .noneMatch(r -> during.equals(TopicReader.header(r, "ce_id"))), "nothing is parked for an outage");

        PostgresTestResource.startServer();
        await().atMost(Duration.ofSeconds(60)).until(() -> seenOrMinusOne(during) == 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> "UP".equals(inboxCheck()));
        await().atMost(Duration.ofSeconds(30)).until(() -> committed() > committedBefore);
        assertEquals(1, seen(during), "applied exactly once");
    }

    private String send(String name) {
        String eventId = UUID.randomUUID().toString();
        // one key, so both records land on the same partition, in order
        TopicReader.send(bootstrap, "ea.things", "outage-thing", TestEvents.headers(eventId,
                "org.expandedaccess.thing.created.v1", "/platform-test", "outage-thing"), "{\"name\":\"" + name + "\"}");
        return eventId;
    }

    /** The inbox check's status in the readiness document (other checks, such as the OIDC provider, may be down). */
    private String inboxCheck() {
        List<Map<String, Object>> checks = given().get("/q/health/ready").then().extract().jsonPath().getList("checks");
        return checks.stream().filter(c -> CHECK.equals(c.get("name"))).map(c -> (String) c.get("status"))
                .findFirst().orElse("MISSING");
    }

    /** The test app's committed offset on the partition of the key "outage-thing" (summed over partitions). */
    private long committed() throws Exception {
        try (Admin admin = KafkaTestResource.broker().admin()) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets("platform-test")
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            return offsets.entrySet().stream().filter(e -> e.getKey().topic().equals("ea.things"))
                    .mapToLong(e -> e.getValue().offset()).sum();
        }
    }

    private long seenOrMinusOne(String eventId) {
        try {
            return seen(eventId);
        } catch (RuntimeException e) {
            return -1; // the pool is still reconnecting
        }
    }

    private long seen(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from thing_seen where event_id = :id").setParameter("id", eventId)
                .getSingleResult()).longValue());
    }
}
