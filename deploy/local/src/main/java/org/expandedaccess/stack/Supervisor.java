package org.expandedaccess.stack;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Watches the running stack and starts again, with {@link RestartPolicy}'s backoff and limit, any
 * component whose process exited although nobody stopped it. A component on {@link #hold} is left
 * alone (tests and the fault harness take one down on purpose).
 */
final class Supervisor implements AutoCloseable {

    private static final Duration TICK = Duration.ofSeconds(1);

    private final List<Component> components;
    private final ProgressListener listener;
    private final Map<String, RestartPolicy> policies = new ConcurrentHashMap<>();
    private final Set<String> held = ConcurrentHashMap.newKeySet();
    private final Set<String> restarting = ConcurrentHashMap.newKeySet();
    private final Set<String> givenUp = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(daemon("stack-supervisor"));
    private final ExecutorService restarts = Executors.newCachedThreadPool(daemon("stack-restart"));
    private volatile boolean closed;

    Supervisor(List<Component> components, ProgressListener listener, RestartPolicy policy) {
        this.components = components;
        this.listener = listener;
        components.forEach(c -> policies.put(c.name(), policy.fresh()));
    }

    void start() {
        ticker.scheduleWithFixedDelay(this::check, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Leaves the component alone until {@link #release}, dead or alive. */
    void hold(String component) {
        held.add(component);
    }

    /** Supervises the component again; if it is dead now, it is started at the next check. */
    void release(String component) {
        held.remove(component);
        givenUp.remove(component);
    }

    /** True while a restart is under way or due (dead, supervised, not given up). */
    boolean recovering(Component c) {
        return restarting.contains(c.name()) || needsRestart(c);
    }

    private void check() {
        if (closed) {
            return;
        }
        for (Component c : components) {
            if (needsRestart(c) && restarting.add(c.name())) {
                Optional<Duration> delay = policies.get(c.name()).next(Instant.now());
                if (delay.isEmpty()) {
                    restarting.remove(c.name());
                    givenUp.add(c.name());
                    RestartPolicy p = policies.get(c.name());
                    listener.message(c.name(), "died again after " + p.limit() + " restarts within "
                            + p.window().toMinutes() + " minutes; not restarting it (see " + c.logFile()
                            + "); 'deploy/local/stack down' and 'up' start everything afresh");
                    continue;
                }
                listener.message(c.name(), "exited unexpectedly; restarting"
                        + (delay.get().isZero() ? "" : " in " + delay.get().toSeconds() + " s"));
                restarts.submit(() -> restart(c, delay.get()));
            }
        }
    }

    private boolean needsRestart(Component c) {
        if (closed || held.contains(c.name()) || givenUp.contains(c.name())) {
            return false;
        }
        return c.state() == Component.State.READY && !c.isAlive() || c.state() == Component.State.FAILED;
    }

    private void restart(Component c, Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
            if (closed || held.contains(c.name())) {
                return;
            }
            long t0 = System.nanoTime();
            c.restart(listener);
            listener.message(c.name(), String.format(java.util.Locale.ROOT, "restarted and ready in %.1f s (%d restart%s so far)",
                    (System.nanoTime() - t0) / 1e9, c.restarts(), c.restarts() == 1 ? "" : "s"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception | Error e) {
            if (!closed) {
                listener.message(c.name(), "restart failed: " + Stack.describe(e));
            }
        } finally {
            restarting.remove(c.name());
        }
    }

    @Override
    public void close() {
        closed = true;
        ticker.shutdownNow();
        restarts.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
