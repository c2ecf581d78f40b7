package org.expandedaccess.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.expandedaccess.platform.problem.Problem;
import org.expandedaccess.platform.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The messages this service's consumers parked on their dead-letter topics, read straight from Kafka,
 * and their replay through the very consumer that parked them. A replay goes through the inbox, so it
 * applies a message at most once however often it is asked for.
 *
 * <p>Records parked before consumers named themselves in the headers (no {@link Inbox#HEADER_CONSUMER})
 * are attributed to every consumer of this service that reads their original topic: a replay applies
 * them where they are missing and skips them where they were applied.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(20);

    public enum Status { PARKED, APPLIED }

    public enum Outcome { APPLIED, ALREADY_APPLIED, STILL_FAILING }

    /** One parked message as an operator sees it: where it is, whose it is, why it was parked, and whether it has been applied since. */
    public record Parked(String topic, int partition, long offset, String consumer, String eventId, String eventType,
                         String subject, String originalTopic, Integer originalPartition, Long originalOffset,
                         OffsetDateTime parkedAt, String reason, Status status, OffsetDateTime appliedAt) {
    }

    /** What one replay did. */
    public record Replay(String topic, int partition, long offset, String consumer, String eventId, Outcome outcome,
                         String reason) {
    }

    /** A channel of this service: the consumer bean, and the topics it reads and parks on. */
    record Binding(String channel, String consumer, String sourceTopic, String deadLetterTopic, InboxConsumer bean) {
    }

    private final Inbox inbox;
    private final Instance<InboxConsumer> consumers;
    private final Config config;
    private final String bootstrapServers;

    DeadLetters(Inbox inbox, Instance<InboxConsumer> consumers, Config config,
                @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.inbox = inbox;
        this.consumers = consumers;
        this.config = config;
        this.bootstrapServers = bootstrapServers;
    }

    /** Every message parked by a consumer of this service, oldest first per topic; filtered by status when given. */
    public List<Parked> list(Optional<Status> status) {
        List<Parked> parked = new ArrayList<>();
        for (Found f : readAll()) {
            Parked p = describe(f);
            if (status.isEmpty() || status.get() == p.status()) {
                parked.add(p);
            }
        }
        return parked;
    }

    /** Replays one parked message through its consumer. */
    public Replay replay(String topic, int partition, long offset) {
        Found found = readAll().stream()
                .filter(f -> f.record().topic().equals(topic) && f.record().partition() == partition
                        && f.record().offset() == offset)
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("A message parked by this service at " + topic + "/"
                        + partition + "/" + offset));
        return replay(found);
    }

    /** Replays every message that is still parked, in the order it was parked. */
    public List<Replay> replayAll() {
        List<Replay> done = new ArrayList<>();
        for (Found f : readAll()) {
            if (describe(f).status() == Status.PARKED) {
                done.add(replay(f));
            }
        }
        return done;
    }

    private Replay replay(Found f) {
        IncomingEvent event;
        try {
            event = event(f.record());
        } catch (PoisonMessageException e) {
            return new Replay(f.record().topic(), f.record().partition(), f.record().offset(), f.binding().consumer(),
                    header(f.record(), "ce_id"), Outcome.STILL_FAILING, Failures.describe(e));
        }
        try {
            boolean applied = inbox.processOnce(f.binding().consumer(), event,
                    e -> f.binding().bean().apply(f.binding().channel(), e));
            return new Replay(f.record().topic(), f.record().partition(), f.record().offset(), f.binding().consumer(),
                    event.id(), applied ? Outcome.APPLIED : Outcome.ALREADY_APPLIED, null);
        } catch (RuntimeException e) {
            if (Failures.classify(e) == Failures.Kind.INFRASTRUCTURE) {
                throw new ProblemException(Problem.dependencyUnavailable("database"));
            }
            return new Replay(f.record().topic(), f.record().partition(), f.record().offset(), f.binding().consumer(),
                    event.id(), Outcome.STILL_FAILING, Failures.describe(e));
        }
    }

    private Parked describe(Found f) {
        ConsumerRecord<String, byte[]> r = f.record();
        String eventId = header(r, "ce_id");
        Optional<OffsetDateTime> appliedAt = eventId == null ? Optional.empty()
                : inbox.appliedAt(f.binding().consumer(), eventId);
        return new Parked(r.topic(), r.partition(), r.offset(), f.binding().consumer(), eventId, header(r, "ce_type"),
                header(r, "ce_subject"), header(r, "dead-letter-topic"), integer(header(r, "dead-letter-partition")),
                longValue(header(r, "dead-letter-offset")), parkedAt(r), reason(r),
                appliedAt.isPresent() ? Status.APPLIED : Status.PARKED, appliedAt.orElse(null));
    }

    private IncomingEvent event(ConsumerRecord<String, byte[]> r) {
        String id = header(r, "ce_id");
        String type = header(r, "ce_type");
        String source = header(r, "ce_source");
        if (id == null || type == null || source == null) {
            throw new PoisonMessageException("not a CloudEvent: the ce_* headers are missing");
        }
        OffsetDateTime time = null;
        String ceTime = header(r, "ce_time");
        if (ceTime != null) {
            try {
                time = OffsetDateTime.parse(ceTime);
            } catch (DateTimeParseException e) {
                throw new PoisonMessageException("event " + id + " has an unreadable ce_time");
            }
        }
        return inbox.event(id, type, source, header(r, "ce_subject"), time, r.value());
    }

    /** A dead-letter record and the channel of ours it belongs to. */
    private record Found(ConsumerRecord<String, byte[]> record, Binding binding) {
    }

    private List<Found> readAll() {
        List<Binding> bindings = bindings();
        Map<String, List<Binding>> byTopic = new LinkedHashMap<>();
        bindings.forEach(b -> byTopic.computeIfAbsent(b.deadLetterTopic(), t -> new ArrayList<>()).add(b));
        List<Found> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> reader = reader()) {
            for (Map.Entry<String, List<Binding>> topic : byTopic.entrySet()) {
                for (ConsumerRecord<String, byte[]> r : readTopic(reader, topic.getKey())) {
                    ownerOf(r, topic.getValue()).forEach(b -> found.add(new Found(r, b)));
                }
            }
        } catch (KafkaException e) {
            throw new ProblemException(Problem.dependencyUnavailable("Kafka"));
        }
        found.sort(Comparator.comparing((Found f) -> f.record().topic()).thenComparing(f -> f.record().partition())
                .thenComparing(f -> f.record().offset()));
        return found;
    }

    /** The channel whose consumer parked the record, or, for records without our header, every channel of its original topic. */
    private List<Binding> ownerOf(ConsumerRecord<String, byte[]> r, List<Binding> candidates) {
        String consumer = header(r, Inbox.HEADER_CONSUMER);
        if (consumer != null) {
            return candidates.stream().filter(b -> b.consumer().equals(consumer)).toList();
        }
        String original = header(r, "dead-letter-topic");
        return candidates.stream().filter(b -> b.sourceTopic().equals(original)).toList();
    }

    private List<ConsumerRecord<String, byte[]>> readTopic(KafkaConsumer<String, byte[]> reader, String topic) {
        List<PartitionInfo> partitions = reader.partitionsFor(topic, READ_TIMEOUT);
        if (partitions == null || partitions.isEmpty()) {
            return List.of();
        }
        List<TopicPartition> tps = partitions.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
        reader.assign(tps);
        reader.seekToBeginning(tps);
        Map<TopicPartition, Long> end = reader.endOffsets(tps, READ_TIMEOUT);
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
        while (tps.stream().anyMatch(tp -> reader.position(tp, READ_TIMEOUT) < end.get(tp))) {
            if (System.nanoTime() > deadline) {
                throw new ProblemException(Problem.dependencyUnavailable("Kafka"));
            }
            reader.poll(POLL).forEach(records::add);
        }
        return records;
    }

    private KafkaConsumer<String, byte[]> reader() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.CLIENT_ID_CONFIG, "dead-letter-reader-" + UUID.randomUUID(),
                ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) READ_TIMEOUT.toMillis(),
                ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000),
                new StringDeserializer(), new ByteArrayDeserializer());
    }

    /** Every channel consumed through the inbox in this service, with its topics from the channel configuration. */
    List<Binding> bindings() {
        List<Binding> bindings = new ArrayList<>();
        for (InboxConsumer bean : consumers) {
            for (String channel : bean.channels()) {
                String prefix = "mp.messaging.incoming." + channel + ".";
                String source = config.getOptionalValue(prefix + "topic", String.class).orElse(channel);
                String dlq = config.getOptionalValue(prefix + "dead-letter-queue.topic", String.class)
                        .orElse("dead-letter-topic-" + channel);
                bindings.add(new Binding(channel, inbox.consumerName(channel), source, dlq, bean));
            }
        }
        return bindings;
    }

    private static String reason(ConsumerRecord<String, byte[]> r) {
        String ours = header(r, Inbox.HEADER_REASON);
        if (ours != null) {
            return ours;
        }
        // parked before the inbox wrote its own reason: SmallRye's exception class is all we can trust to carry no payload
        String cause = header(r, "dead-letter-cause-class-name");
        String exception = header(r, "dead-letter-exception-class-name");
        return exception == null ? null : exception + (cause != null ? " caused by " + cause : "");
    }

    private static OffsetDateTime parkedAt(ConsumerRecord<String, byte[]> r) {
        String at = header(r, Inbox.HEADER_PARKED_AT);
        if (at != null) {
            try {
                return OffsetDateTime.parse(at);
            } catch (DateTimeParseException e) {
                // fall back to the record's own time
            }
        }
        return OffsetDateTime.ofInstant(java.time.Instant.ofEpochMilli(r.timestamp()), java.time.ZoneOffset.UTC);
    }

    /** The last header of that name (a replayed-and-parked-again record carries both), as UTF-8 text. */
    static String header(ConsumerRecord<String, byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static Integer integer(String s) {
        try {
            return s == null ? null : Integer.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long longValue(String s) {
        try {
            return s == null ? null : Long.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
