package org.expandedaccess.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.expandedaccess.infra.quarkus.PostgresTestResource;
import org.expandedaccess.platform.inbox.Inbox;
import org.expandedaccess.platform.inbox.IncomingEvent;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = ThingsKafkaTestResource.class, restrictToAnnotatedClass = false)
class InboxTest {

    @Inject
    Inbox inbox;
    @Inject
    EntityManager em;
    @Inject
    ObjectMapper mapper;

    private IncomingEvent event(String id) {
        return new IncomingEvent(id, "org.expandedaccess.thing.created.v1", "/test", "subject-1",
                OffsetDateTime.now(), mapper.createObjectNode().put("name", "AB"));
    }

    @Test
    void duplicateDeliveryIsAppliedOnce() {
        String id = UUID.randomUUID().toString();
        AtomicInteger applied = new AtomicInteger();

        assertTrue(inbox.processOnce("inbox-test", event(id), e -> insertThing()));
        assertFalse(inbox.processOnce("inbox-test", event(id), e -> insertThing()));
        assertFalse(inbox.processOnce("inbox-test", event(id), e -> applied.incrementAndGet()));

        assertEquals(0, applied.get());
        assertEquals(1L, count("select count(*) from processed_event where event_id = '" + id + "'"));
    }

    @Test
    void sameEventIsAppliedOncePerConsumer() {
        String id = UUID.randomUUID().toString();
        assertTrue(inbox.processOnce("consumer-a", event(id), e -> { }));
        assertTrue(inbox.processOnce("consumer-b", event(id), e -> { }));
    }

    @Test
    void failedEffectLeavesNoTraceSoTheEventCanBeProcessedAgain() {
        String id = UUID.randomUUID().toString();
        long before = count("select count(*) from thing");
        assertThrows(IllegalStateException.class, () -> inbox.processOnce("inbox-test", event(id), e -> {
            insertThing();
            throw new IllegalStateException("effect failed");
        }));
        assertEquals(before, count("select count(*) from thing"), "the effect was rolled back");
        assertEquals(0L, count("select count(*) from processed_event where event_id = '" + id + "'"));

        assertTrue(inbox.processOnce("inbox-test", event(id), e -> insertThing()));
        assertEquals(before + 1, count("select count(*) from thing"));
    }

    private void insertThing() {
        em.createNativeQuery("insert into thing (id, name) values (:id, 'XY')")
                .setParameter("id", UUID.randomUUID()).executeUpdate();
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
