package org.expandedaccess.platform.inbox;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.ConnectException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * Idempotent consumption: the effect of an event and the record that it was applied commit in one
 * transaction, so a redelivered event is skipped. Transient failures (database unreachable) are
 * retried here with backoff, holding the partition; anything else is rethrown so that the channel's
 * dead-letter strategy moves the message to {@code <topic>.dlq} and the consumer goes on.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);
    private static final long MAX_BACKOFF_MS = 30_000;

    private final EntityManager em;
    private final ObjectMapper mapper;

    Inbox(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    /**
     * The whole consumer step for one Kafka message: read the envelope, apply {@code handler} once,
     * then acknowledge (the offset is committed after the transaction). A failure that is not
     * transient nacks the message, which the channel's dead-letter strategy sends to
     * {@code <topic>.dlq}; the consumer then goes on with the next message.
     */
    public CompletionStage<Void> consume(Message<?> message, String consumer, Consumer<IncomingEvent> handler) {
        IncomingEvent event;
        try {
            event = read(message);
            processOnce(consumer, event, handler);
        } catch (RuntimeException e) {
            if (e instanceof PoisonMessageException) {
                LOG.warnf("consumer %s: message rejected to the dead-letter topic: %s", consumer, e.getMessage());
            } else {
                // unexpected: keep the stack trace (it names code, not payloads) so the cause can be found
                LOG.warnf(e, "consumer %s: message rejected to the dead-letter topic after an unexpected failure", consumer);
            }
            return message.nack(e);
        }
        return message.ack();
    }

    /** Reads the CloudEvents envelope and JSON data of a Kafka message; a malformed one is poison. */
    public IncomingEvent read(Message<?> message) {
        Optional<IncomingCloudEventMetadata> ce = message.getMetadata(IncomingCloudEventMetadata.class);
        if (ce.isEmpty()) {
            throw new PoisonMessageException("not a CloudEvent: the ce_* headers are missing");
        }
        IncomingCloudEventMetadata<?> meta = ce.get();
        Object payload = message.getPayload();
        JsonNode data;
        try {
            if (payload instanceof byte[] bytes) {
                data = mapper.readTree(bytes);
            } else if (payload instanceof String text) {
                data = mapper.readTree(text);
            } else if (payload instanceof JsonNode node) {
                data = node;
            } else {
                data = mapper.valueToTree(payload);
            }
        } catch (IOException e) {
            throw new PoisonMessageException("event " + meta.getId() + " has no valid JSON data", e);
        }
        if (data == null || !data.isObject()) {
            throw new PoisonMessageException("event " + meta.getId() + " data is not a JSON object");
        }
        OffsetDateTime time = meta.getTimeStamp().map(java.time.ZonedDateTime::toOffsetDateTime).orElse(null);
        return new IncomingEvent(meta.getId(), meta.getType(), meta.getSource().toString(),
                meta.getSubject().orElse(null), time, data);
    }

    /**
     * Converts the event's data to a payload record; a mismatch is poison. Tolerant reader: fields
     * the record does not name are ignored, whatever the service's REST strictness.
     */
    public <T> T dataAs(IncomingEvent event, Class<T> type) {
        try {
            return mapper.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(event.data());
        } catch (IOException | IllegalArgumentException e) {
            throw new PoisonMessageException("event " + event.id() + " of type " + event.type()
                    + " does not match " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Applies {@code effect} once per (consumer, event id), in a new transaction.
     *
     * @return true if applied now, false if it had been applied before
     */
    public boolean processOnce(String consumer, IncomingEvent event, Consumer<IncomingEvent> effect) {
        long backoff = 200;
        while (true) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> applyOnce(consumer, event, effect));
            } catch (RuntimeException e) {
                if (!isTransient(e)) {
                    throw e;
                }
                LOG.warnf("consumer %s: transient failure on event %s (%s); retrying in %d ms",
                        consumer, event.id(), rootCause(e).toString(), backoff);
                sleep(backoff);
                backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
            }
        }
    }

    private boolean applyOnce(String consumer, IncomingEvent event, Consumer<IncomingEvent> effect) {
        int inserted = em.createNativeQuery("insert into processed_event (consumer, event_id, event_type, processed_at)"
                        + " values (:consumer, :id, :type, :at) on conflict do nothing")
                .setParameter("consumer", consumer)
                .setParameter("id", event.id())
                .setParameter("type", event.type())
                .setParameter("at", OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate();
        if (inserted == 0) {
            LOG.debugf("consumer %s: event %s already applied, skipped", consumer, event.id());
            return false;
        }
        effect.accept(event);
        return true;
    }

    static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException
                    || t instanceof ConnectException
                    || t instanceof org.hibernate.exception.JDBCConnectionException
                    || t instanceof java.sql.SQLException sql && isTransientState(sql.getSQLState())) {
                return true;
            }
            // seen once under load: the transaction's session was closed under the handler; the whole
            // transaction rolled back, so applying the event again in a new one is safe
            if (t instanceof IllegalStateException && String.valueOf(t.getMessage()).contains("EntityManager is closed")) {
                return true;
            }
        }
        return false;
    }

    /** Connection failures (08xxx), serialization failures (40001) and deadlocks (40P01) pass when retried. */
    private static boolean isTransientState(String state) {
        return state != null && (state.startsWith("08") || state.equals("40001") || state.equals("40P01"));
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying", ie);
        }
    }
}
