package org.expandedaccess.notifications.delivery;

import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * One background thread that runs a pass when woken (right after a commit that added work) and
 * at least every sweep interval (so nothing is stranded by a crash, an outage or a due retry).
 * A pass returns how many rows it claimed; a full batch is followed by another pass at once.
 */
public final class WorkerLoop {

    private static final Logger LOG = Logger.getLogger(WorkerLoop.class);

    private final String name;
    private final Duration sweepInterval;
    private final int batchSize;
    private final IntSupplier pass;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    public WorkerLoop(String name, Duration sweepInterval, int batchSize, IntSupplier pass) {
        this.name = name;
        this.sweepInterval = sweepInterval;
        this.batchSize = batchSize;
        this.pass = pass;
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::loop, name);
        thread.setDaemon(true);
        thread.start();
    }

    public synchronized void stop() {
        running = false;
        wakeUp.release();
        if (thread != null) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public void wake() {
        wakeUp.release();
    }

    private void loop() {
        long backoffMs = 0;
        while (running) {
            try {
                wakeUp.tryAcquire(backoffMs > 0 ? backoffMs : sweepInterval.toMillis(), TimeUnit.MILLISECONDS);
                wakeUp.drainPermits();
                int claimed;
                do {
                    claimed = pass.getAsInt();
                } while (running && claimed >= batchSize);
                backoffMs = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // typically the database is unreachable: the rows wait there, nothing is lost
                backoffMs = Math.min(Math.max(backoffMs * 2, 500), 30_000);
                LOG.warnf("%s: pass failed (%s); retrying in %d ms", name, e.getClass().getSimpleName(), backoffMs);
            }
        }
    }
}
