package org.expandedaccess.platform;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.expandedaccess.infra.KafkaBroker;
import org.expandedaccess.infra.TopicReader;
import org.expandedaccess.infra.quarkus.KafkaTestResource;
import org.expandedaccess.infra.quarkus.PostgresTestResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = ThingsKafkaTestResource.class, restrictToAnnotatedClass = false)
class OutboxRelayTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    EntityManager em;

    @AfterEach
    void brokerIsBack() {
        KafkaTestResource.broker().start();
    }

    @Test
    @TestSecurity(user = "dr.alice", roles = "physician")
    void eventAcceptedWhileBrokerIsDownIsPublishedExactlyOnceWhenItIsBack() throws Exception {
        KafkaBroker broker = KafkaTestResource.broker();
        broker.stop();
        String eventId = given().contentType("application/json").body("{\"name\":\"AB\"}")
                .when().post("/things")
                .then().statusCode(201).extract().path("eventId");

        // the broker is down: the row stays queued and the relay records its failed attempts
        await().atMost(Duration.ofSeconds(30)).until(() -> attempts(eventId) >= 1);
        assertNull(publishedAt(eventId), "nothing can be published while the broker is down");

        broker.start();

        await().atMost(Duration.ofSeconds(60)).until(() -> publishedAt(eventId) != null);

        List<ConsumerRecord<String, String>> records = TopicReader.read(bootstrap, "ea.things",
                Duration.ofSeconds(5), r -> false);
        List<ConsumerRecord<String, String>> ours = records.stream()
                .filter(r -> eventId.equals(TopicReader.header(r, "ce_id"))).toList();
        assertEquals(1, ours.size(), "published exactly once");
        ConsumerRecord<String, String> record = ours.get(0);
        assertEquals("org.expandedaccess.thing.created.v1", TopicReader.header(record, "ce_type"));
        assertEquals("/platform-test", TopicReader.header(record, "ce_source"));
        assertEquals("1.0", TopicReader.header(record, "ce_specversion"));
        assertEquals(record.key(), TopicReader.header(record, "ce_subject"));
        assertNotNull(TopicReader.header(record, "ce_time"));
        assertEquals("application/json", TopicReader.header(record, "content-type"));
        assertTrue(record.value().contains("\"name\":\"AB\""), record.value());

        // with the broker up, a new event goes out right after commit, not at the next sweep
        String second = given().contentType("application/json").body("{\"name\":\"CD\"}")
                .when().post("/things")
                .then().statusCode(201).extract().path("eventId");
        long start = System.nanoTime();
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(10))
                .until(() -> publishedAt(second) != null);
        System.out.printf("outbox: commit-to-ack latency with a live broker %d ms%n",
                (System.nanoTime() - start) / 1_000_000);
    }

    private int attempts(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "select attempts from outbox_event where id = cast(:id as uuid)")
                .setParameter("id", eventId).getSingleResult()).intValue());
    }

    private Object publishedAt(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "select published_at from outbox_event where id = cast(:id as uuid)")
                .setParameter("id", eventId).getSingleResult());
    }
}
