package org.expandedaccess.platform.inbox;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Idempotent consumption: the effect of an event and the record that it was applied commit in one
 * transaction, so a redelivered event is skipped. What happens on failure depends on what the failure
 * says about the message ({@link Failures}):
 * <ul>
 *   <li>poison: the message is parked on the channel's dead-letter topic, with the consumer and the
 *       reason in its headers, and the consumer goes on ({@link DeadLetters} lists and replays it);</li>
 *   <li>infrastructure (database down, pool closed, timeouts, deadlocks): the record is held and retried
 *       with backoff up to {@code ea.inbox.retry-max}, without acknowledging it, so its offset is not
 *       committed; readiness is DOWN meanwhile ({@link InboxReadiness}), and processing resumes by itself;</li>
 *   <li>while the application shuts down: the record in hand is neither acknowledged nor parked; the next
 *       start receives it again.</li>
 * </ul>
 * A valid event is never dead-lettered for an outage (docs/decisions/0008-consumer-failures-never-lose-a-valid-event.md).
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);
    private static final long PROBE_INTERVAL_MS = 500;

    /** Dead-letter headers of ours, beside SmallRye's {@code dead-letter-*} ones. */
    public static final String HEADER_CONSUMER = "ea-dead-letter-consumer";
    public static final String HEADER_CHANNEL = "ea-dead-letter-channel";
    public static final String HEADER_REASON = "ea-dead-letter-reason";
    public static final String HEADER_PARKED_AT = "ea-dead-letter-parked-at";

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final DatabaseProbe database;
    private final InboxConfig config;
    private final String application;
    private final CountDownLatch stopping = new CountDownLatch(1);
    private final Map<String, Waiting> waiting = new ConcurrentHashMap<>();

    /** A channel whose record in hand waits for the infrastructure to come back. */
    public record Waiting(String consumer, String eventId, Instant since, String failure, int attempts) {
    }

    Inbox(EntityManager em, ObjectMapper mapper, DatabaseProbe database, InboxConfig config,
          @ConfigProperty(name = "quarkus.application.name") String application) {
        this.em = em;
        this.mapper = mapper;
        this.database = database;
        this.config = config;
        this.application = application;
    }

    /** The inbox consumer name of a channel: {@code <application>.<channel>}, the key of processed_event. */
    public String consumerName(String channel) {
        return application + "." + channel;
    }

    /**
     * The whole consumer step for one Kafka message of {@code channel}: read the envelope, apply it once
     * through {@code consumer}, then acknowledge (the offset is committed after the transaction).
     */
    public CompletionStage<Void> consume(Message<?> message, String channel, InboxConsumer consumer) {
        String name = consumerName(channel);
        if (isStopping()) {
            return unacknowledged(name, null);
        }
        IncomingEvent event;
        try {
            event = read(message);
        } catch (PoisonMessageException e) {
            return park(message, channel, name, e);
        }
        Consumer<IncomingEvent> effect = ev -> consumer.apply(channel, ev);
        long backoff = config.retryInitial().toMillis();
        int attempts = 0;
        int unknownFailures = 0;
        while (true) {
            attempts++;
            long started = System.nanoTime();
            try {
                processOnce(name, event, effect);
                resumed(channel, attempts);
                return message.ack();
            } catch (RuntimeException e) {
                if (isStopping()) {
                    return unacknowledged(name, event.id());
                }
                Failures.Kind kind = Failures.classify(e);
                if (kind == Failures.Kind.UNKNOWN && ranIntoTimeout(started)) {
                    kind = Failures.Kind.INFRASTRUCTURE; // the transaction timed out: a timeout, not the message
                }
                if (kind == Failures.Kind.UNKNOWN) {
                    unknownFailures++;
                    if (unknownFailures < config.unknownFailureAttempts()) {
                        LOG.warnf("consumer %s: event %s failed (%s); trying again", name, event.id(), Failures.describe(e));
                        continue;
                    }
                    // the same failure again and again: it is the message, unless the database is gone
                    kind = database.answers() ? Failures.Kind.POISON : Failures.Kind.INFRASTRUCTURE;
                }
                if (kind == Failures.Kind.POISON) {
                    resumed(channel, attempts);
                    return park(message, channel, name, e);
                }
                holding(channel, name, event, e, attempts);
                if (pause(backoff)) {
                    return unacknowledged(name, event.id());
                }
                backoff = Math.min(backoff * 2, config.retryMax().toMillis());
            }
        }
    }

    /** Reads the CloudEvents envelope and JSON data of a Kafka message; a malformed one is poison. */
    public IncomingEvent read(Message<?> message) {
        Optional<IncomingCloudEventMetadata> ce = message.getMetadata(IncomingCloudEventMetadata.class);
        if (ce.isEmpty()) {
            throw new PoisonMessageException("not a CloudEvent: the ce_* headers are missing");
        }
        IncomingCloudEventMetadata<?> meta = ce.get();
        return event(meta.getId(), meta.getType(), meta.getSource().toString(), meta.getSubject().orElse(null),
                meta.getTimeStamp().map(java.time.ZonedDateTime::toOffsetDateTime).orElse(null), message.getPayload());
    }

    /** An event from its envelope attributes and its data (bytes, text or JSON); data that is not a JSON object is poison. */
    IncomingEvent event(String id, String type, String source, String subject, OffsetDateTime time, Object payload) {
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
        } catch (IOException | IllegalArgumentException e) {
            throw new PoisonMessageException("event " + id + " has no valid JSON data");
        }
        if (data == null || !data.isObject()) {
            throw new PoisonMessageException("event " + id + " data is not a JSON object");
        }
        return new IncomingEvent(id, type, source, subject, time, data);
    }

    /**
     * Converts the event's data to a payload record; a mismatch is poison. Tolerant reader: fields
     * the record does not name are ignored, whatever the service's REST strictness.
     */
    public <T> T dataAs(IncomingEvent event, Class<T> type) {
        try {
            return mapper.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(event.data());
        } catch (IOException | IllegalArgumentException e) {
            // the path names the field; Jackson's own message would quote the value, which may be patient data
            String field = e instanceof JsonMappingException m && !m.getPath().isEmpty()
                    ? " at " + m.getPath().stream()
                            .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                            .collect(Collectors.joining("."))
                    : "";
            throw new PoisonMessageException("event " + event.id() + " of type " + event.type()
                    + " does not match " + type.getSimpleName() + field, e);
        }
    }

    /**
     * Applies {@code effect} once per (consumer, event id), in a new transaction.
     *
     * @return true if applied now, false if it had been applied before
     */
    public boolean processOnce(String consumer, IncomingEvent event, Consumer<IncomingEvent> effect) {
        return QuarkusTransaction.requiringNew()
                .timeout((int) config.transactionTimeout().toSeconds())
                .call(() -> applyOnce(consumer, event, effect));
    }

    /** Whether {@code consumer} has applied the event with this id (for the dead-letter listing). */
    public Optional<OffsetDateTime> appliedAt(String consumer, String eventId) {
        return QuarkusTransaction.joiningExisting().call(() -> em.createNativeQuery(
                        "select processed_at from processed_event where consumer = :consumer and event_id = :id")
                .setParameter("consumer", consumer)
                .setParameter("id", eventId)
                .getResultStream().findFirst().map(Inbox::offsetDateTime));
    }

    private static OffsetDateTime offsetDateTime(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant().atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("processed_at has an unexpected type " + value.getClass().getName());
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

    /** Channels whose record in hand waits for the database or network, for readiness. */
    public Map<String, Waiting> waiting() {
        return Map.copyOf(waiting);
    }

    public boolean isStopping() {
        return stopping.getCount() == 0;
    }

    /**
     * First thing on shutdown, before Hibernate and the Kafka connector close: from now on no record is
     * acknowledged unless its transaction already committed, and retries stop waiting.
     */
    void onShutdown(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) ShutdownEvent event) {
        stopping.countDown();
    }

    private CompletionStage<Void> park(Message<?> message, String channel, String consumer, RuntimeException e) {
        String reason = Failures.describe(e);
        LOG.warnf("consumer %s: message parked on the dead-letter topic: %s", consumer, reason);
        if (Failures.classify(e) != Failures.Kind.POISON) {
            // unexpected: keep the stack trace (it names code, not payloads) so the cause can be found
            LOG.warnf(e, "consumer %s: the unexpected failure behind the parked message", consumer);
        }
        List<RecordHeader> headers = List.of(
                header(HEADER_CONSUMER, consumer),
                header(HEADER_CHANNEL, channel),
                header(HEADER_REASON, reason),
                header(HEADER_PARKED_AT, OffsetDateTime.now(ZoneOffset.UTC).toString()));
        return message.nack(e, Metadata.of(OutgoingKafkaRecordMetadata.builder().withHeaders(headers).build()));
    }

    private static RecordHeader header(String key, String value) {
        String bounded = value.length() > 2000 ? value.substring(0, 2000) : value;
        return new RecordHeader(key, bounded.getBytes(StandardCharsets.UTF_8));
    }

    /** Neither ack nor nack: the offset stays uncommitted and the record is delivered again after the restart. */
    private static CompletionStage<Void> unacknowledged(String consumer, String eventId) {
        if (eventId != null) {
            LOG.infof("consumer %s: shutting down; event %s left unacknowledged for the next start", consumer, eventId);
        }
        return new CompletableFuture<>();
    }

    private void holding(String channel, String consumer, IncomingEvent event, RuntimeException e, int attempts) {
        Waiting before = waiting.get(channel);
        Instant since = before != null && before.eventId().equals(event.id()) ? before.since() : Instant.now();
        waiting.put(channel, new Waiting(consumer, event.id(), since, Failures.describe(e), attempts));
        if (before == null) {
            LOG.warnf("consumer %s: infrastructure failure on event %s (%s); holding it unacknowledged and retrying",
                    consumer, event.id(), Failures.describe(e));
        } else if (attempts % 10 == 0) {
            LOG.warnf("consumer %s: still waiting on event %s after %d attempts over %d s (%s)", consumer,
                    event.id(), attempts, Duration.between(since, Instant.now()).toSeconds(), Failures.describe(e));
        }
    }

    private void resumed(String channel, int attempts) {
        Waiting was = waiting.remove(channel);
        if (was != null) {
            LOG.infof("consumer %s: resumed; event %s applied after %d attempts over %d s", was.consumer(),
                    was.eventId(), attempts, Duration.between(was.since(), Instant.now()).toSeconds());
        }
    }

    private boolean ranIntoTimeout(long startedNanos) {
        return System.nanoTime() - startedNanos >= config.transactionTimeout().toNanos();
    }

    /**
     * Waits up to {@code millis}, but asks the database every half second after the first whether it
     * answers again, so a held record applies within a second of the outage's end rather than at the
     * end of a long backoff. Returns true at once when the application starts shutting down.
     */
    private boolean pause(long millis) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        long step = Math.min(millis, PROBE_INTERVAL_MS);
        try {
            while (true) {
                if (stopping.await(Math.max(1, Math.min(step, (deadline - System.nanoTime()) / 1_000_000)),
                        TimeUnit.MILLISECONDS)) {
                    return true;
                }
                if (System.nanoTime() >= deadline || database.answers()) {
                    return isStopping();
                }
                step = PROBE_INTERVAL_MS;
            }
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            return true;
        }
    }
}
