package org.expandedaccess.notifications.email;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Sending of queued e-mail ({@code ea.email.*}); the SMTP server itself is {@code quarkus.mailer.*}. */
@ConfigMapping(prefix = "ea.email")
public interface EmailConfig {

    /** How often the sender looks for due mail without being woken. */
    @WithDefault("5s")
    Duration sweepInterval();

    @WithDefault("20")
    int batchSize();

    /** How long one SMTP send may take before it counts as failed. */
    @WithDefault("30s")
    Duration sendTimeout();

    /** First retry delay after the SMTP server failed; doubles per attempt, with jitter. */
    @WithDefault("10s")
    Duration retryInitialDelay();

    @WithDefault("15m")
    Duration retryMaxDelay();

    /** Attempts before a message is given up (about a day with the defaults). */
    @WithDefault("100")
    int maxAttempts();
}
