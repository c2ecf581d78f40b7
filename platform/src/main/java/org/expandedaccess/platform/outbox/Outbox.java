package org.expandedaccess.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.expandedaccess.platform.work.AfterCommit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Records an event in the caller's transaction. It reaches Kafka only if that transaction commits,
 * and then for certain, even if Kafka is down at that moment: {@link OutboxRelay} publishes it.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final AfterCommit afterCommit;
    private final OutboxRelay relay;
    private final OutboxConfig config;

    Outbox(EntityManager em, ObjectMapper mapper, AfterCommit afterCommit, OutboxRelay relay, OutboxConfig config) {
        this.em = em;
        this.mapper = mapper;
        this.afterCommit = afterCommit;
        this.relay = relay;
        this.config = config;
    }

    /**
     * Adds an event to the outbox.
     *
     * @return the CloudEvents id of the new event
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(DomainEvent domainEvent) {
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.topic = domainEvent.topic();
        event.key = domainEvent.key();
        event.subject = domainEvent.key();
        event.type = domainEvent.type();
        event.source = config.source();
        event.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        try {
            event.payload = mapper.writeValueAsString(domainEvent.payload());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event payload of type " + event.type + " cannot be written as JSON", e);
        }
        em.persist(event);
        afterCommit.run(relay::wake);
        return event.id;
    }
}
