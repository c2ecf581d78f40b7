package org.expandedaccess.infra.quarkus;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.expandedaccess.infra.KafkaBroker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

/**
 * Starts a real Kafka broker for a {@code @QuarkusTest} run, creates the system's topics (and
 * their dead-letter topics) and sets {@code kafka.bootstrap.servers}. Tests reach the broker
 * through {@link #broker()} to produce, consume, or stop and restart it.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    public static final List<String> TOPICS = List.of(
            "ea.requests", "ea.eligibility", "ea.cases",
            "ea.requests.dlq", "ea.eligibility.dlq", "ea.cases.dlq");

    private static volatile KafkaBroker broker;

    @Override
    public Map<String, String> start() {
        try {
            broker = KafkaBroker.startOnFreePorts(Files.createTempDirectory("ea-kafka-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        broker.createTopics(TOPICS, 2);
        return Map.of("kafka.bootstrap.servers", broker.bootstrapServers());
    }

    /** The broker of the current test run. */
    public static KafkaBroker broker() {
        if (broker == null) {
            throw new IllegalStateException("KafkaTestResource has not been started");
        }
        return broker;
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }
}
