package org.expandedaccess.stack;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * When a component that died is started again: at once the first time, then after a pause that
 * doubles with every restart in the window (up to {@code maxDelay}), and not at all once it has been
 * restarted {@code limit} times within {@code window}: something is wrong that a restart will not fix.
 */
final class RestartPolicy {

    static final RestartPolicy DEFAULT = new RestartPolicy(5, Duration.ofMinutes(10), Duration.ofSeconds(30));

    private final int limit;
    private final Duration window;
    private final Duration maxDelay;
    private final Deque<Instant> recent = new ArrayDeque<>();

    RestartPolicy(int limit, Duration window, Duration maxDelay) {
        this.limit = limit;
        this.window = window;
        this.maxDelay = maxDelay;
    }

    RestartPolicy fresh() {
        return new RestartPolicy(limit, window, maxDelay);
    }

    /**
     * The pause before the next restart, recorded as happening now; empty when the limit is reached.
     */
    synchronized Optional<Duration> next(Instant now) {
        while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(window))) {
            recent.removeFirst();
        }
        if (recent.size() >= limit) {
            return Optional.empty();
        }
        int earlier = recent.size();
        recent.addLast(now);
        if (earlier == 0) {
            return Optional.of(Duration.ZERO);
        }
        long seconds = Math.min(1L << Math.min(earlier, 20), maxDelay.toSeconds());
        return Optional.of(Duration.ofSeconds(seconds));
    }

    int limit() {
        return limit;
    }

    Duration window() {
        return window;
    }
}
