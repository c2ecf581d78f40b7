package org.expandedaccess.platform.work;

import java.util.List;

/**
 * One kind of queued work that a {@link Worker} does: claim due rows (in a transaction, with
 * {@code FOR UPDATE SKIP LOCKED} and a lease, so several instances share the work and a crash only
 * delays it), do them outside any transaction (send to Kafka, SMTP, a webhook receiver), then record
 * each outcome (in a new transaction, checking the lease is still its own).
 *
 * @param <T> a claimed row
 * @param <R> what doing it gave
 */
public interface ClaimedWork<T, R> {

    /** Claims up to {@code limit} due rows in the current transaction and leases them. */
    List<T> claim(int limit);

    /** Does the claimed rows, outside any transaction; one result per row, in order. */
    List<R> perform(List<T> claimed);

    /** Records the outcomes in the current transaction (failures too: they stay queued for a later pass). */
    void record(List<T> claimed, List<R> results);

    /** Whether a result is a failure; any failure in a pass makes the worker back off before the next one. */
    boolean failed(R result);

    /**
     * Whether each row's outcome is recorded as soon as that row is done, instead of once for the batch. For work
     * whose repetition a receiver sees (an e-mail: SMTP has no idempotency): a crash between doing a row and
     * recording it repeats that row once its claim expires, so recording each row at once repeats at most the
     * one row in flight, not every row of the batch done before the crash. Costs one transaction per row.
     */
    default boolean recordsEachRow() {
        return false;
    }
}
