package org.expandedaccess.platform.work;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import static org.junit.jupiter.api.Assertions.assertTrue;

class BackoffTest {

    final Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofHours(1));

    @Test
    void theWaitDoublesPerAttemptWithinHalfAndAllOfTheStep() {
        RandomGenerator random = new SplittableRandom(42);
        for (int attempt = 1; attempt <= 6; attempt++) {
            long step = 30_000L << (attempt - 1);
            for (int i = 0; i < 50; i++) {
                long ms = backoff.after(attempt, random).toMillis();
                assertTrue(ms >= step / 2 && ms <= step, "attempt " + attempt + ": " + ms);
            }
        }
    }

    @Test
    void theWaitIsCappedAndNeverOverflows() {
        RandomGenerator random = new SplittableRandom(7);
        for (int attempt : new int[] {8, 20, 64, 1000}) {
            long ms = backoff.after(attempt, random).toMillis();
            assertTrue(ms >= 1_800_000 && ms <= 3_600_000, attempt + ": " + ms);
        }
    }

    @Test
    void jitterSpreadsRetriesApart() {
        RandomGenerator random = new SplittableRandom(1);
        long distinct = java.util.stream.IntStream.range(0, 20).mapToLong(i -> backoff.after(3, random).toMillis())
                .distinct().count();
        assertTrue(distinct > 10, "distinct waits: " + distinct);
    }
}
