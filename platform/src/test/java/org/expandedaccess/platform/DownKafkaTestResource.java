package org.expandedaccess.platform;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.expandedaccess.infra.Ports;

import java.util.Map;

/** Points the app at a Kafka port where no broker runs yet; the test starts one there later. */
public class DownKafkaTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", "127.0.0.1:" + Ports.freePort());
    }

    @Override
    public void stop() {
    }
}
