package org.expandedaccess.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * One part of the stack. {@link #stop()} may be called from another thread at any time, also while
 * {@link #start} runs: subclasses acquire their resource inside {@code synchronized (lock)} after
 * {@link #ensureNotStopped()}, so a stop either sees the resource or prevents it.
 */
public abstract class Component {

    public enum State { NEW, STARTING, READY, FAILED, STOPPED }

    /** Begins the line written to the log before each start. */
    static final String RUN_MARKER = "=== ";

    protected final Object lock = new Object();
    private final String name;
    private final int port;
    private final Path logFile;
    private volatile State state = State.NEW;
    private volatile boolean stopRequested;
    private final java.util.concurrent.atomic.AtomicInteger restarts = new java.util.concurrent.atomic.AtomicInteger();

    protected Component(String name, int port, Path logFile) {
        this.name = name;
        this.port = port;
        this.logFile = logFile;
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public Path logFile() {
        return logFile;
    }

    public State state() {
        return state;
    }

    /** True while the underlying server or process is still there; meaningful once READY. */
    public abstract boolean isAlive();

    /** How often the supervisor has restarted this component since the stack started. */
    public int restarts() {
        return restarts.get();
    }

    /**
     * The operating-system processes of this component, the root first and its descendants after it;
     * empty for a component that runs inside the launcher's JVM.
     */
    public List<ProcessHandle> processes() {
        return List.of();
    }

    /** Starts and blocks until the component serves; {@code aborted} turns true when the stack gives up. */
    final void start(BooleanSupplier aborted, ProgressListener listener) throws Exception {
        state = State.STARTING;
        try {
            Files.createDirectories(logFile.getParent());
            // a marker between runs, since every component appends to its log
            Files.writeString(logFile, RUN_MARKER + LocalDateTime.now() + " starting " + name + " ===\n",
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            doStart(aborted, listener);
            state = State.READY;
        } catch (Exception | Error e) {
            state = State.FAILED;
            throw e;
        }
    }

    /**
     * Starts the component again after its process died: releases what the dead one left, then starts
     * as at first and blocks until it serves again.
     */
    final void restart(ProgressListener listener) throws Exception {
        if (stopRequested) {
            throw new StackException(name + ": restart cancelled because the stack is stopping");
        }
        state = State.STARTING;
        try {
            Files.writeString(logFile, RUN_MARKER + LocalDateTime.now() + " restarting " + name + " ===\n",
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            releaseAfterDeath();
            doStart(() -> stopRequested, listener);
            restarts.incrementAndGet();
            state = State.READY;
        } catch (Exception | Error e) {
            state = State.FAILED;
            throw e;
        }
    }

    /** Frees what a dead instance still holds in the launcher (locks, handles) before a restart. */
    protected void releaseAfterDeath() throws Exception {
        doStop();
    }

    /** Stops whatever was started, even half-way; safe to call more than once. */
    final void stop() throws Exception {
        synchronized (lock) {
            if (stopRequested) {
                return;
            }
            stopRequested = true;
        }
        if (state != State.NEW) {
            doStop();
        }
        state = State.STOPPED;
    }

    protected abstract void doStart(BooleanSupplier aborted, ProgressListener listener) throws Exception;

    protected abstract void doStop() throws Exception;

    /** Call inside {@code synchronized (lock)} right before acquiring a resource. */
    protected final void ensureNotStopped() {
        if (stopRequested) {
            throw new StackException(name + ": start cancelled because the stack is stopping");
        }
    }

    protected static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted while waiting", e);
        }
    }

    protected static Instant deadline(Duration timeout) {
        return Instant.now().plus(timeout);
    }
}
