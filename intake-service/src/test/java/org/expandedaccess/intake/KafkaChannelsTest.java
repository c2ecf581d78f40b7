package org.expandedaccess.intake;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.inject.Inject;
import org.expandedaccess.testing.KafkaChannels;
import org.junit.jupiter.api.Test;

/** Each channel consumes its topic with the platform's consumer defaults, as the running service resolves them. */
@QuarkusTest
class KafkaChannelsTest {

    @Inject
    KafkaClientService kafka;

    @Test
    void eachChannelConsumesItsTopicWithThePlatformDefaults() {
        KafkaChannels.assertIncoming("cases", "ea.cases", kafka.getConsumer("cases").configuration());
    }
}
