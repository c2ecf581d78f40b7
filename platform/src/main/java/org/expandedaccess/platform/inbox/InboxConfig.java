package org.expandedaccess.platform.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How the inbox retries ({@code ea.inbox.*}). */
@ConfigMapping(prefix = "ea.inbox")
public interface InboxConfig {

    /** First pause after an infrastructure failure; it doubles up to {@link #retryMax()}. */
    @WithDefault("200ms")
    Duration retryInitial();

    /** The longest pause between attempts while the database or network is down. */
    @WithDefault("15s")
    Duration retryMax();

    /**
     * How often a failure that is neither known poison nor known infrastructure is tried before the
     * database is asked whether it answers (it parks the message if it does).
     */
    @WithDefault("3")
    int unknownFailureAttempts();

    /** Timeout of one attempt's transaction; an attempt that runs into it counts as an infrastructure failure. */
    @WithDefault("60s")
    Duration transactionTimeout();
}
