package org.expandedaccess.platform.outbox;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;
import io.quarkus.narayana.jta.QuarkusTransaction;
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
import org.jboss.logging.Logger;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Publishes committed outbox rows to Kafka as CloudEvents in binary mode, waits for the broker's
 * acknowledgement, then marks them published. One background thread per instance: woken right
 * after a commit, and sweeping on a timer so nothing is stranded by a crash or a broker outage.
 * Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so several instances can run side by side.
 * Delivery is at least once; consumers de-duplicate by CloudEvents id (see the inbox).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final EntityManager em;
    private final OutboxConfig config;
    private final String bootstrapServers;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private ExecutorService worker;
    private KafkaProducer<String, CloudEvent> producer;

    OutboxRelay(EntityManager em, OutboxConfig config,
                @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.em = em;
        this.config = config;
        this.bootstrapServers = bootstrapServers;
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
        running = true;
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "outbox-relay");
            t.setDaemon(true);
            return t;
        });
        worker.submit(this::loop);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (worker == null) {
            return;
        }
        running = false;
        wakeUp.release();
        worker.shutdown();
        try {
            worker.awaitTermination(config.sendTimeout().toSeconds() + 5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close(java.time.Duration.ofSeconds(5));
    }

    /** Asks the relay to look for new rows now (called after a commit that added some). */
    public void wake() {
        wakeUp.release();
    }

    private void loop() {
        long backoffMs = 0;
        while (running) {
            try {
                if (backoffMs > 0) {
                    wakeUp.tryAcquire(backoffMs, TimeUnit.MILLISECONDS);
                } else {
                    wakeUp.tryAcquire(config.sweepInterval().toMillis(), TimeUnit.MILLISECONDS);
                }
                wakeUp.drainPermits();
                Batch batch;
                do {
                    batch = publishBatch();
                } while (running && batch.failed() == 0 && batch.claimed() == config.batchSize());
                backoffMs = batch.failed() > 0 ? Math.min(Math.max(backoffMs * 2, 500), 10_000) : 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("outbox relay pass failed (%s); will retry", e.toString());
                backoffMs = Math.min(Math.max(backoffMs * 2, 500), 10_000);
            }
        }
    }

    record Batch(int claimed, int failed) {
    }

    /** Claims one batch, sends it, and marks what the broker acknowledged. */
    Batch publishBatch() {
        return QuarkusTransaction.requiringNew()
                .timeout((int) config.sendTimeout().toSeconds() * 3 + 10)
                .call(this::publishClaimedRows);
    }

    @SuppressWarnings("unchecked")
    private Batch publishClaimedRows() {
        List<OutboxEvent> rows = em.createNativeQuery(
                        "select * from outbox_event where published_at is null order by seq"
                                + " limit :limit for update skip locked", OutboxEvent.class)
                .setParameter("limit", config.batchSize())
                .getResultList();
        if (rows.isEmpty()) {
            return new Batch(0, 0);
        }
        List<Future<RecordMetadata>> sends = new ArrayList<>(rows.size());
        RuntimeException sendError = null;
        for (OutboxEvent row : rows) {
            if (sendError != null) {
                sends.add(null);
                continue;
            }
            try {
                sends.add(producer.send(new ProducerRecord<>(row.topic, row.key, toCloudEvent(row))));
            } catch (RuntimeException e) {
                // typically: broker unreachable, metadata not available within max.block.ms
                sendError = e;
                sends.add(null);
            }
        }
        // A key whose earlier event failed is not marked past that point, so its order holds
        // on the next pass (later ones may then be sent twice; consumers de-duplicate).
        Set<String> failedKeys = new HashSet<>();
        int failed = 0;
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (int i = 0; i < rows.size(); i++) {
            OutboxEvent row = rows.get(i);
            Future<RecordMetadata> send = sends.get(i);
            String error = null;
            if (send == null) {
                error = sendError == null ? "not sent" : sendError.toString();
            } else {
                try {
                    send.get(config.sendTimeout().toMillis() * 2, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    error = "interrupted";
                } catch (Exception e) {
                    error = (e.getCause() != null ? e.getCause() : e).toString();
                }
            }
            if (error == null && !failedKeys.contains(row.key)) {
                row.publishedAt = now;
            } else {
                failed++;
                failedKeys.add(row.key);
                if (error != null) {
                    row.attempts++;
                    row.lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
                }
            }
        }
        if (failed > 0) {
            LOG.warnf("outbox: %d of %d events not acknowledged by Kafka; they stay queued (%s)",
                    failed, rows.size(), sendError != null ? sendError.getClass().getSimpleName() : "ack failed");
        }
        return new Batch(rows.size(), failed);
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
