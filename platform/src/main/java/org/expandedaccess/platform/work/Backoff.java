package org.expandedaccess.platform.work;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with jitter: the n-th retry waits between half and all of
 * {@code min(max, initial * 2^(n-1))}, so many failing deliveries do not retry in lockstep.
 */
public record Backoff(Duration initial, Duration max) {

    /** The wait after {@code attempts} failed attempts (1 = after the first failure). */
    public Duration after(int attempts, RandomGenerator random) {
        long initialMs = Math.max(1, initial.toMillis());
        long ceiling = Math.max(initialMs, max.toMillis());
        int exponent = Math.min(Math.max(attempts - 1, 0), 40);
        long base = initialMs > (ceiling >> exponent) ? ceiling : Math.min(ceiling, initialMs << exponent);
        long half = base / 2;
        return Duration.ofMillis(half + (long) (random.nextDouble() * (base - half + 1)));
    }
}
