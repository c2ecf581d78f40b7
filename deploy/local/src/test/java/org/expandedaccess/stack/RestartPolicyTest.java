package org.expandedaccess.stack;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RestartPolicyTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void theFirstRestartIsImmediateAndLaterOnesBackOffUpToTheMaximum() {
        RestartPolicy policy = new RestartPolicy(10, Duration.ofMinutes(10), Duration.ofSeconds(30)).fresh();

        assertEquals(Optional.of(Duration.ZERO), policy.next(T0));
        assertEquals(Optional.of(Duration.ofSeconds(2)), policy.next(T0.plusSeconds(5)));
        assertEquals(Optional.of(Duration.ofSeconds(4)), policy.next(T0.plusSeconds(10)));
        assertEquals(Optional.of(Duration.ofSeconds(8)), policy.next(T0.plusSeconds(20)));
        assertEquals(Optional.of(Duration.ofSeconds(16)), policy.next(T0.plusSeconds(30)));
        assertEquals(Optional.of(Duration.ofSeconds(30)), policy.next(T0.plusSeconds(60)));
    }

    @Test
    void itGivesUpAfterTheLimitWithinTheWindowAndForgetsOldRestarts() {
        RestartPolicy policy = new RestartPolicy(3, Duration.ofMinutes(10), Duration.ofSeconds(30)).fresh();
        policy.next(T0);
        policy.next(T0.plusSeconds(60));
        policy.next(T0.plusSeconds(120));

        assertEquals(Optional.empty(), policy.next(T0.plusSeconds(180)), "three restarts in ten minutes are enough");
        // once the first restart is more than ten minutes old, one more is allowed
        assertEquals(Optional.of(Duration.ofSeconds(4)), policy.next(T0.plusSeconds(601)));
    }
}
