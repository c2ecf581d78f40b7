package org.expandedaccess.notifications.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.expandedaccess.platform.work.AfterCommit;
import org.expandedaccess.notifications.rules.EventFacts;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Writes one delivery per subscription of the submitting client that asks for the event's type, in
 * the caller's transaction; a redelivered event writes nothing. Only the client that submitted the
 * request ever gets a delivery. A disabled subscription's deliveries wait until it is enabled again.
 */
@ApplicationScoped
public class WebhookOutbox {

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final AfterCommit afterCommit;
    private final WebhookDispatcher dispatcher;
    private final WebhookSubscriptionRepository subscriptions;

    WebhookOutbox(EntityManager em, ObjectMapper mapper, AfterCommit afterCommit, WebhookDispatcher dispatcher,
                  WebhookSubscriptionRepository subscriptions) {
        this.em = em;
        this.subscriptions = subscriptions;
        this.mapper = mapper;
        this.afterCommit = afterCommit;
        this.dispatcher = dispatcher;
    }

    /** @return how many deliveries were written now */
    @Transactional(Transactional.TxType.MANDATORY)
    public int enqueue(EventFacts facts) {
        if (facts.submittedByClient() == null) {
            return 0;
        }
        List<WebhookSubscription> ofClient = subscriptions.notDeleted(facts.submittedByClient());
        String payload = null;
        int written = 0;
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (WebhookSubscription s : ofClient) {
            List<String> types = s.eventTypeList();
            if (!types.isEmpty() && !types.contains(facts.type().ceType())) {
                continue;
            }
            if (payload == null) {
                payload = json(facts);
            }
            written += em.createNativeQuery("insert into webhook_delivery (id, subscription_id, event_id, event_type,"
                            + " request_id, payload, status, attempts, replays, next_attempt_at, created_at)"
                            + " values (:id, :sub, :eventId, :type, :requestId, :payload, 'PENDING', 0, 0, :now, :now)"
                            + " on conflict (subscription_id, event_id) do nothing")
                    .setParameter("id", UUID.randomUUID())
                    .setParameter("sub", s.id)
                    .setParameter("eventId", facts.eventId())
                    .setParameter("type", facts.type().ceType())
                    .setParameter("requestId", facts.requestId())
                    .setParameter("payload", payload)
                    .setParameter("now", now)
                    .executeUpdate();
        }
        if (written > 0) {
            afterCommit.run(dispatcher::wake);
        }
        return written;
    }

    private String json(EventFacts facts) {
        try {
            return mapper.writeValueAsString(WebhookPayloads.of(facts));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("webhook payload cannot be written", e);
        }
    }
}
