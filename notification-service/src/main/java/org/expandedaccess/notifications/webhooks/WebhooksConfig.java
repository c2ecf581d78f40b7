package org.expandedaccess.notifications.webhooks;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Webhook subscriptions and their delivery ({@code ea.webhooks.*}). */
@ConfigMapping(prefix = "ea.webhooks")
public interface WebhooksConfig {

    /** Allow http:// targets on a loopback address (local stack, tests). Never in production. */
    @WithDefault("false")
    boolean allowLoopback();

    /** Allow targets in private (RFC 1918, fc00::/7) and link-local networks. The metadata address stays refused. */
    @WithDefault("false")
    boolean allowPrivateNetworks();

    /** AES-256 key (base64, 32 bytes) that encrypts subscription secrets at rest. Set it in production. */
    String secretKey();

    /** Subscriptions one integrator client may hold. */
    @WithDefault("10")
    int maxPerClient();

    @WithDefault("5s")
    Duration connectTimeout();

    /** How long the receiver may take to answer one delivery. */
    @WithDefault("10s")
    Duration requestTimeout();

    /** Attempts per delivery before it is given up. */
    @WithDefault("8")
    int maxAttempts();

    /** First retry delay; doubles per attempt, with jitter, up to {@link #retryMaxDelay()}. */
    @WithDefault("30s")
    Duration retryInitialDelay();

    @WithDefault("1h")
    Duration retryMaxDelay();

    /** Consecutive given-up deliveries after which a subscription is disabled and its owner told. */
    @WithDefault("5")
    int disableAfterFailedDeliveries();

    @WithDefault("5s")
    Duration sweepInterval();

    @WithDefault("20")
    int batchSize();

    /** Deliveries sent in parallel by one instance (a slow receiver must not hold up the others). */
    @WithDefault("4")
    int senders();

}
