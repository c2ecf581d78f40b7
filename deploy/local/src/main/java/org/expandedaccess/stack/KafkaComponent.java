package org.expandedaccess.stack;

import org.expandedaccess.infra.KafkaBroker;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/** A one-node KRaft broker in a child JVM, with the topics every service expects. */
final class KafkaComponent extends Component {

    private final StackConfig config;
    private KafkaBroker broker;

    KafkaComponent(StackConfig config) {
        super("kafka", config.kafkaPort(), config.logFile("kafka"));
        this.config = config;
    }

    @Override
    protected void doStart(BooleanSupplier aborted, ProgressListener listener) {
        KafkaBroker created;
        synchronized (lock) {
            ensureNotStopped();
            created = new KafkaBroker(config.kafkaPort(), config.kafkaControllerPort(), workDir(), logFile());
            broker = created;
        }
        created.start();
        brokerProcess().ifPresent(p -> listener.processStarted(name(), p));
        created.createTopics(Stack.TOPICS, 6);
        created.createTopics(Stack.TOPICS.stream().map(t -> t + ".dlq").toList(), 1);
    }

    private Path workDir() {
        return config.dataDir().resolve("kafka");
    }

    private Optional<ProcessHandle> brokerProcess() {
        synchronized (lock) {
            return broker == null ? Optional.empty() : broker.process();
        }
    }

    @Override
    protected void doStop() {
        KafkaBroker b;
        synchronized (lock) {
            b = broker;
            broker = null;
        }
        if (b != null) {
            b.stop();
        }
    }

    @Override
    public List<ProcessHandle> processes() {
        return brokerProcess().map(p -> java.util.stream.Stream.concat(java.util.stream.Stream.of(p), p.descendants()).toList())
                .orElse(List.of());
    }

    @Override
    public boolean isAlive() {
        synchronized (lock) {
            return broker != null && broker.isRunning();
        }
    }
}
