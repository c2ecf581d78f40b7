package org.expandedaccess.testing;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What every service's Kafka channel is, checked on the running service: the channel's own lines name its topic
 * and dead-letter topic ({@code <topic>.dlq}); the connector (attached by Quarkus, the only one on the class
 * path) and the consumer defaults (group id = application name, from the earliest offset, JSON text, dead-letter
 * strategy) come from one place, ea-platform's {@code META-INF/microprofile-config.properties}.
 */
public final class KafkaChannels {

    private static final String CONNECTOR = "mp.messaging.connector.smallrye-kafka.";

    private KafkaChannels() {
    }

    /**
     * @param consumerConfiguration what the channel's Kafka consumer was created with, e.g.
     *                              {@code kafkaClientService.getConsumer(channel).configuration()}
     */
    public static void assertIncoming(String channel, String topic, Map<String, ?> consumerConfiguration) {
        Config config = ConfigProvider.getConfig();
        String prefix = "mp.messaging.incoming." + channel + ".";
        assertEquals("smallrye-kafka", config.getValue(prefix + "connector", String.class), channel + ": connector");
        assertEquals(topic, config.getValue(prefix + "topic", String.class), channel + ": topic");
        assertEquals(topic + ".dlq", config.getValue(prefix + "dead-letter-queue.topic", String.class),
                channel + ": dead-letter topic");
        assertEquals("dead-letter-queue", config.getOptionalValue(prefix + "failure-strategy", String.class)
                .orElseGet(() -> config.getValue(CONNECTOR + "failure-strategy", String.class)), channel + ": failure strategy");
        assertEquals(config.getValue("quarkus.application.name", String.class), consumerConfiguration.get("group.id"),
                channel + ": group id");
        assertEquals("earliest", consumerConfiguration.get("auto.offset.reset"), channel + ": offset reset");
        assertEquals("org.apache.kafka.common.serialization.StringDeserializer",
                String.valueOf(consumerConfiguration.get("value.deserializer")), channel + ": value deserializer");
    }
}
