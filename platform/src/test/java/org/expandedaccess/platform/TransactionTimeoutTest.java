package org.expandedaccess.platform;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.expandedaccess.infra.TestEvents;
import org.expandedaccess.infra.TopicReader;
import org.expandedaccess.infra.quarkus.PostgresTestResource;
import org.expandedaccess.platform.testapp.ThingEventsConsumer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cause of "Session/EntityManager is closed" seen once under load: an attempt outlasted the
 * transaction timeout, the transaction manager's reaper rolled it back and closed its session, and the
 * handler's next statement met the closed session. That is a timeout, not the message: the inbox
 * retries the event in a new transaction and applies it once; nothing is parked.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = ThingsKafkaTestResource.class, restrictToAnnotatedClass = false)
class TransactionTimeoutTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    EntityManager em;

    @Test
    void anAttemptThatOutlastsItsTransactionIsRetriedNotParked() {
        String eventId = UUID.randomUUID().toString();
        TopicReader.send(bootstrap, "ea.things", "slow-thing", TestEvents.headers(eventId,
                "org.expandedaccess.thing.created.v1", "/platform-test", "slow-thing"), "{\"name\":\"SLOW\"}");

        await().atMost(Duration.ofSeconds(60)).until(() -> seen(eventId) == 1);
        assertTrue(ThingEventsConsumer.SLOW_ATTEMPTS.get() >= 2, "the first attempt timed out and was tried again");
        assertEquals(1, seen(eventId), "applied exactly once");
        assertTrue(TopicReader.read(bootstrap, "ea.things.dlq", Duration.ofSeconds(3), r -> false).stream()
                .noneMatch(r -> eventId.equals(TopicReader.header(r, "ce_id"))), "not parked");
    }

    private long seen(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from thing_seen where event_id = :id").setParameter("id", eventId)
                .getSingleResult()).longValue());
    }
}
