package org.expandedaccess.platform.inbox;

import java.util.Set;

/**
 * A bean that consumes Kafka channels through the {@link Inbox}. Its {@code @Incoming} methods call
 * {@code inbox.consume(message, channel, this)}; the same {@link #apply} replays parked messages
 * ({@link DeadLetters}), so a replay runs exactly the code a delivery would.
 */
public interface InboxConsumer {

    /** The incoming channels ({@code mp.messaging.incoming.<channel>}) this bean consumes. */
    Set<String> channels();

    /**
     * Applies one event that arrived on {@code channel}, inside the inbox transaction. Throws
     * {@link PoisonMessageException} for an event that can never be applied as it is.
     */
    void apply(String channel, IncomingEvent event);
}
