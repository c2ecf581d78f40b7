package org.expandedaccess.platform;

import org.expandedaccess.infra.quarkus.KafkaTestResource;

import java.util.List;
import java.util.Map;

/** A real broker with the test app's own topic and its dead-letter topic besides the system's. */
public class ThingsKafkaTestResource extends KafkaTestResource {

    @Override
    public Map<String, String> start() {
        Map<String, String> config = super.start();
        broker().createTopics(List.of("ea.things", "ea.things.dlq"), 2);
        return config;
    }
}
