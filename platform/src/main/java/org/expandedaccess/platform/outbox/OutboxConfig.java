package org.expandedaccess.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of the outbox relay ({@code ea.outbox.*}). */
@ConfigMapping(prefix = "ea.outbox")
public interface OutboxConfig {

    /** Whether this instance runs a relay. Services that publish nothing may turn it off. */
    @WithDefault("true")
    boolean enabled();

    /** CloudEvents {@code source} of what this service publishes, e.g. {@code /intake-service}. */
    String source();

    /** How often the relay looks for rows without being woken (covers crashes and outages). */
    @WithDefault("2s")
    Duration sweepInterval();

    /** Rows claimed per transaction. */
    @WithDefault("100")
    int batchSize();

    /** How long a send may wait for the broker before the batch is left for a later sweep. */
    @WithDefault("10s")
    Duration sendTimeout();
}
