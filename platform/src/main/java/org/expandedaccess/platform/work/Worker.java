package org.expandedaccess.platform.work;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The claim-perform-record loop, once for every kind of queued work (outbox relay, e-mail, webhooks):
 * one background thread that runs a pass when woken (right after a commit that added work, see
 * {@link AfterCommit}) and at least every sweep interval (so nothing is stranded by a crash, an outage
 * or a retry that fell due). A full batch is followed by another pass at once; a failed pass (the
 * database unreachable, typically) is retried with doubling backoff up to 30 s. The rows wait in the
 * database meanwhile; nothing is lost.
 */
public final class Worker<T, R> {

    private static final Logger LOG = Logger.getLogger(Worker.class);
    private static final long MAX_BACKOFF_MS = 30_000;

    private final String name;
    private final Duration sweepInterval;
    private final int batchSize;
    private final ClaimedWork<T, R> work;
    private final int transactionTimeoutSeconds;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    /**
     * @param transactionTimeout how long claiming or recording one batch may take
     */
    public Worker(String name, Duration sweepInterval, int batchSize, Duration transactionTimeout, ClaimedWork<T, R> work) {
        this.name = name;
        this.sweepInterval = sweepInterval;
        this.batchSize = batchSize;
        this.work = work;
        this.transactionTimeoutSeconds = (int) Math.max(1, transactionTimeout.toSeconds());
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

    /** Stops after the pass under way, waiting for it up to {@code grace}. */
    public synchronized void stop(Duration grace) {
        running = false;
        wakeUp.release();
        if (thread != null) {
            try {
                thread.join(grace.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Asks for a pass now (called after a commit that added work). */
    public void wake() {
        wakeUp.release();
    }

    /** What one pass did. */
    record Pass(int claimed, int failed) {
    }

    /** One pass: claim a batch, perform it, record the outcomes. */
    Pass pass() {
        List<T> claimed = QuarkusTransaction.requiringNew().timeout(transactionTimeoutSeconds)
                .call(() -> work.claim(batchSize));
        if (claimed.isEmpty()) {
            return new Pass(0, 0);
        }
        if (!work.recordsEachRow()) {
            return new Pass(claimed.size(), performAndRecord(claimed));
        }
        int failed = 0;
        for (T row : claimed) {
            failed += performAndRecord(List.of(row));
        }
        return new Pass(claimed.size(), failed);
    }

    /** Performs rows and records their outcomes; returns how many failed. */
    private int performAndRecord(List<T> rows) {
        List<R> results = work.perform(rows);
        if (results.size() != rows.size()) {
            throw new IllegalStateException(name + ": " + results.size() + " results for " + rows.size() + " rows");
        }
        record(rows, results);
        return (int) results.stream().filter(work::failed).count();
    }

    /**
     * Records what was done. Work that was performed (a mail handed to the SMTP server, a webhook answered) must
     * not be performed again because its outcome could not be written (the database down, typically): the
     * outcome is kept and written again, with backoff, until it is on disk or the worker stops. Only a stop or
     * a crash in that window leaves the rows to be performed once more, after their claim expires.
     */
    private void record(List<T> claimed, List<R> results) {
        long backoffMs = 0;
        while (true) {
            try {
                QuarkusTransaction.requiringNew().timeout(transactionTimeoutSeconds).run(() -> work.record(claimed, results));
                if (backoffMs > 0) {
                    LOG.infof("%s: the outcome of %d rows is recorded", name, claimed.size());
                }
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    throw e;
                }
                backoffMs = Math.min(Math.max(backoffMs * 2, 200), MAX_BACKOFF_MS);
                LOG.warnf("%s: %d rows done but their outcome not recorded (%s); recording it again in %d ms, "
                        + "without doing them again", name, claimed.size(), e.getClass().getSimpleName(), backoffMs);
                try {
                    Thread.sleep(backoffMs);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private void loop() {
        long backoffMs = 0;
        while (running) {
            try {
                wakeUp.tryAcquire(backoffMs > 0 ? backoffMs : sweepInterval.toMillis(), TimeUnit.MILLISECONDS);
                wakeUp.drainPermits();
                Pass pass;
                do {
                    pass = pass();
                } while (running && pass.failed() == 0 && pass.claimed() >= batchSize);
                if (pass.failed() > 0) {
                    backoffMs = Math.min(Math.max(backoffMs * 2, 500), MAX_BACKOFF_MS);
                    LOG.warnf("%s: %d of %d not done; they stay queued, next pass in %d ms", name, pass.failed(),
                            pass.claimed(), backoffMs);
                } else {
                    backoffMs = 0;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                backoffMs = Math.min(Math.max(backoffMs * 2, 500), MAX_BACKOFF_MS);
                LOG.warnf("%s: pass failed (%s); retrying in %d ms", name, e.getClass().getSimpleName(), backoffMs);
            }
        }
    }
}
