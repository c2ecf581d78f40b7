package org.expandedaccess.platform.outbox;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.expandedaccess.platform.work.ClaimedWork;
import org.expandedaccess.platform.work.Worker;
import org.jboss.logging.Logger;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Publishes committed outbox rows to Kafka as CloudEvents in binary mode, waits for the broker's
 * acknowledgement, then marks them published: the platform {@link Worker} (claim with
 * {@code FOR UPDATE SKIP LOCKED} and a lease, send outside any transaction, record), woken right after a
 * commit and sweeping on a timer so nothing is stranded by a crash or a broker outage. Several instances
 * can run side by side. Delivery is at least once; consumers de-duplicate by CloudEvents id (the inbox).
 */
@ApplicationScoped
public class OutboxRelay implements ClaimedWork<OutboxRelay.Claimed, String> {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    /** A claimed row: the event, and the lease token that lets only this pass mark it. */
    record Claimed(OutboxEvent row, UUID token) {
    }

    private final EntityManager em;
    private final OutboxConfig config;
    private final String bootstrapServers;
    private final Worker<Claimed, String> worker;
    private KafkaProducer<String, CloudEvent> producer;

    OutboxRelay(EntityManager em, OutboxConfig config,
                @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.em = em;
        this.config = config;
        this.bootstrapServers = bootstrapServers;
        this.worker = new Worker<>("outbox-relay", config.sweepInterval(), config.batchSize(),
                config.sendTimeout().multipliedBy(3).plusSeconds(10), this);
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        long timeoutMs = config.sendTimeout().toMillis();
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, timeoutMs,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeoutMs,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) timeoutMs * 2,
                ProducerConfig.LINGER_MS_CONFIG, 0,
                ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay" + config.source().replace('/', '-')),
                new StringSerializer(), new CloudEventSerializer());
        worker.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        if (producer == null) {
            return;
        }
        worker.stop(config.sendTimeout().multipliedBy(2).plusSeconds(5));
        producer.close(Duration.ofSeconds(5));
    }

    /** Asks the relay to look for new rows now (called after a commit that added some). */
    public void wake() {
        worker.wake();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Claimed> claim(int limit) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<OutboxEvent> rows = em.createNativeQuery(
                        "select * from outbox_event where published_at is null"
                                + " and (claimed_until is null or claimed_until < :now)"
                                + " order by seq limit :limit for update skip locked", OutboxEvent.class)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        UUID token = UUID.randomUUID();
        // if this instance dies while sending, the rows are due again once the lease ends
        OffsetDateTime leaseEnd = now.plus(config.sendTimeout().multipliedBy(3)).plusSeconds(10);
        em.createNativeQuery("update outbox_event set claimed_until = :lease, claim_token = :token where id in (:ids)")
                .setParameter("lease", leaseEnd).setParameter("token", token)
                .setParameter("ids", rows.stream().map(r -> r.id).toList())
                .executeUpdate();
        return rows.stream().map(r -> new Claimed(r, token)).toList();
    }

    /** Sends every row, then waits for each acknowledgement; null for acknowledged, else the failure. */
    @Override
    public List<String> perform(List<Claimed> claimed) {
        List<Future<RecordMetadata>> sends = new ArrayList<>(claimed.size());
        RuntimeException sendError = null;
        for (Claimed c : claimed) {
            if (sendError != null) {
                sends.add(null);
                continue;
            }
            try {
                sends.add(producer.send(new ProducerRecord<>(c.row().topic, c.row().key, toCloudEvent(c.row()))));
            } catch (RuntimeException e) {
                // typically: broker unreachable, metadata not available within max.block.ms
                sendError = e;
                sends.add(null);
            }
        }
        List<String> results = new ArrayList<>(claimed.size());
        for (Future<RecordMetadata> send : sends) {
            if (send == null) {
                results.add(sendError == null ? "not sent" : sendError.toString());
                continue;
            }
            try {
                send.get(config.sendTimeout().toMillis() * 2, TimeUnit.MILLISECONDS);
                results.add(null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                results.add("interrupted");
            } catch (Exception e) {
                results.add((e.getCause() != null ? e.getCause() : e).toString());
            }
        }
        return results;
    }

    /**
     * Marks what the broker acknowledged. A key whose earlier event failed is not marked past that point,
     * so its order holds on the next pass (later ones may then be sent twice; consumers de-duplicate).
     */
    @Override
    public void record(List<Claimed> claimed, List<String> results) {
        Set<String> failedKeys = new HashSet<>();
        List<UUID> published = new ArrayList<>();
        for (int i = 0; i < claimed.size(); i++) {
            OutboxEvent row = claimed.get(i).row();
            String error = results.get(i);
            if (error == null && !failedKeys.contains(row.key)) {
                published.add(row.id);
                continue;
            }
            failedKeys.add(row.key);
            em.createNativeQuery("update outbox_event set claimed_until = null, claim_token = null,"
                            + " attempts = attempts + :failed, last_error = :error where id = :id and claim_token = :token")
                    .setParameter("failed", error != null ? 1 : 0)
                    .setParameter("error", error == null ? row.lastError : truncate(error))
                    .setParameter("id", row.id).setParameter("token", claimed.get(i).token())
                    .executeUpdate();
        }
        if (!published.isEmpty()) {
            em.createNativeQuery("update outbox_event set published_at = :now, claimed_until = null, claim_token = null"
                            + " where id in (:ids) and claim_token = :token")
                    .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
                    .setParameter("ids", published).setParameter("token", claimed.get(0).token())
                    .executeUpdate();
        }
    }

    @Override
    public boolean failed(String error) {
        return error != null;
    }

    private static String truncate(String s) {
        return s.length() > 1000 ? s.substring(0, 1000) : s;
    }

    private static CloudEvent toCloudEvent(OutboxEvent row) {
        return CloudEventBuilder.v1()
                .withId(row.id.toString())
                .withType(row.type)
                .withSource(URI.create(row.source))
                .withSubject(row.subject)
                .withTime(row.occurredAt)
                .withDataContentType("application/json")
                .withData(row.payload.getBytes(StandardCharsets.UTF_8))
                .build();
    }
}
