package org.expandedaccess.stack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The supervisor restarts what died, leaves held components alone, and gives up after its limit. */
class SupervisorTest {

    @TempDir
    Path tmp;

    /** A component whose "process" is a flag the test flips. */
    final class Fake extends Component {
        final AtomicBoolean alive = new AtomicBoolean();
        final AtomicInteger starts = new AtomicInteger();

        Fake(String name) {
            super(name, 1, tmp.resolve(name + ".log"));
        }

        @Override
        protected void doStart(BooleanSupplier aborted, ProgressListener listener) {
            starts.incrementAndGet();
            alive.set(true);
        }

        @Override
        protected void doStop() {
            alive.set(false);
        }

        @Override
        public boolean isAlive() {
            return alive.get();
        }
    }

    @Test
    void aComponentThatDiesIsStartedAgain() throws Exception {
        Fake db = new Fake("postgres");
        db.start(() -> false, ProgressListener.silent());
        try (Supervisor supervisor = new Supervisor(List.of(db), ProgressListener.silent(),
                new RestartPolicy(5, Duration.ofMinutes(10), Duration.ofSeconds(1)))) {
            supervisor.start();
            db.alive.set(false); // killed

            awaitTrue(() -> db.starts.get() == 2 && db.isAlive() && db.state() == Component.State.READY);
            assertEquals(1, db.restarts());
        }
    }

    @Test
    void aHeldComponentStaysDownUntilReleased() throws Exception {
        Fake db = new Fake("postgres");
        db.start(() -> false, ProgressListener.silent());
        try (Supervisor supervisor = new Supervisor(List.of(db), ProgressListener.silent(),
                new RestartPolicy(5, Duration.ofMinutes(10), Duration.ofSeconds(1)))) {
            supervisor.start();
            supervisor.hold("postgres");
            db.alive.set(false);
            Thread.sleep(2500);
            assertEquals(1, db.starts.get(), "not restarted while held");

            supervisor.release("postgres");
            awaitTrue(() -> db.starts.get() == 2 && db.isAlive());
        }
    }

    @Test
    void itStopsRestartingAComponentThatKeepsDying() throws Exception {
        Fake flaky = new Fake("kafka");
        flaky.start(() -> false, ProgressListener.silent());
        StringBuilder said = new StringBuilder();
        ProgressListener listener = new ProgressListener() {
            @Override
            public void starting(String component) {
            }

            @Override
            public void ready(String component, Duration took) {
            }

            @Override
            public void waiting(List<String> pending, Duration elapsed) {
            }

            @Override
            public void stopped(String component) {
            }

            @Override
            public synchronized void message(String component, String text) {
                said.append(component).append(": ").append(text).append('\n');
            }
        };
        try (Supervisor supervisor = new Supervisor(List.of(flaky), listener,
                new RestartPolicy(2, Duration.ofMinutes(10), Duration.ofSeconds(1)))) {
            supervisor.start();
            for (int i = 0; i < 2; i++) {
                int before = flaky.starts.get();
                flaky.alive.set(false);
                awaitTrue(() -> flaky.starts.get() == before + 1 && flaky.isAlive());
            }
            flaky.alive.set(false);
            awaitTrue(() -> said.toString().contains("not restarting it"));
            Thread.sleep(2500);
            assertEquals(3, flaky.starts.get(), "no third restart");
            assertTrue(said.toString().contains("restarted and ready"), said.toString());
        }
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 20 s");
            }
            Thread.sleep(50);
        }
    }
}
