package org.expandedaccess.platform.work;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.expandedaccess.infra.quarkus.PostgresTestResource;
import org.expandedaccess.platform.ThingsKafkaTestResource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one claim-perform-record loop: woken after a commit, full batches drained at once, failed passes retried. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = ThingsKafkaTestResource.class, restrictToAnnotatedClass = false)
class WorkerTest {

    @Inject
    AfterCommit afterCommit;

    /** Work kept in memory: claim takes up to limit items; a perform may be told to fail. */
    static final class Queue implements ClaimedWork<Integer, String> {
        final ConcurrentLinkedQueue<Integer> due = new ConcurrentLinkedQueue<>();
        final List<Integer> done = java.util.Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger failuresLeft = new AtomicInteger();
        final AtomicInteger passes = new AtomicInteger();
        final AtomicInteger recordFailuresLeft = new AtomicInteger();
        final List<Integer> performed = java.util.Collections.synchronizedList(new ArrayList<>());
        /** What the worker did, in order: "perform [1, 2]", "record [1, 2]". */
        final List<String> calls = java.util.Collections.synchronizedList(new ArrayList<>());
        boolean eachRow;

        @Override
        public boolean recordsEachRow() {
            return eachRow;
        }

        @Override
        public List<Integer> claim(int limit) {
            passes.incrementAndGet();
            List<Integer> batch = new ArrayList<>();
            for (Integer i; batch.size() < limit && (i = due.poll()) != null; ) {
                batch.add(i);
            }
            return batch;
        }

        @Override
        public List<String> perform(List<Integer> claimed) {
            if (failuresLeft.getAndDecrement() > 0) {
                due.addAll(claimed); // as a lease running out would
                throw new IllegalStateException("receiver down");
            }
            performed.addAll(claimed);
            calls.add("perform " + claimed);
            return claimed.stream().map(i -> "ok " + i).toList();
        }

        @Override
        public void record(List<Integer> claimed, List<String> results) {
            if (recordFailuresLeft.getAndDecrement() > 0) {
                throw new IllegalStateException("database down");
            }
            done.addAll(claimed);
            calls.add("record " + claimed);
        }

        @Override
        public boolean failed(String result) {
            return false;
        }
    }

    @Test
    void aCommitWakesTheWorkerAndEveryFullBatchIsDrainedAtOnce() {
        Queue queue = new Queue();
        Worker<Integer, String> worker = new Worker<>("test-worker", Duration.ofMinutes(10), 10, Duration.ofSeconds(10), queue);
        worker.start();
        try {
            for (int i = 0; i < 35; i++) {
                queue.due.add(i);
            }
            // woken right after this commit, long before the ten-minute sweep
            QuarkusTransaction.requiringNew().run(() -> afterCommit.run(worker::wake));
            await().atMost(Duration.ofSeconds(10)).until(() -> queue.done.size() == 35);
            assertTrue(queue.passes.get() >= 4, "four passes for 35 items in batches of 10");
        } finally {
            worker.stop(Duration.ofSeconds(5));
        }
    }

    @Test
    void aFailedPassIsRetriedWithBackoffAndNothingIsLost() {
        Queue queue = new Queue();
        queue.failuresLeft.set(2);
        Worker<Integer, String> worker = new Worker<>("test-worker", Duration.ofMinutes(10), 10, Duration.ofSeconds(10), queue);
        worker.start();
        try {
            queue.due.addAll(List.of(1, 2, 3));
            worker.wake();
            await().atMost(Duration.ofSeconds(15)).until(() -> queue.done.size() == 3);
            assertEquals(List.of(1, 2, 3), queue.done.stream().sorted().toList());
        } finally {
            worker.stop(Duration.ofSeconds(5));
        }
    }

    @Test
    void workDoneWhileItsOutcomeCannotBeRecordedIsRecordedLaterAndNeverDoneTwice() {
        Queue queue = new Queue();
        queue.recordFailuresLeft.set(3); // the mail went out, then the database went away for a while
        Worker<Integer, String> worker = new Worker<>("test-worker", Duration.ofMinutes(10), 10, Duration.ofSeconds(10), queue);
        worker.start();
        try {
            queue.due.addAll(List.of(1, 2, 3));
            worker.wake();
            await().atMost(Duration.ofSeconds(15)).until(() -> queue.done.size() == 3);
            assertEquals(List.of(1, 2, 3), queue.performed.stream().sorted().toList(), "each performed once");
        } finally {
            worker.stop(Duration.ofSeconds(5));
        }
    }

    @Test
    void workThatRecordsEachRowHasEveryOutcomeOnDiskBeforeTheNextRowIsDone() {
        Queue queue = new Queue();
        queue.eachRow = true; // e-mail: a crash after a row is done repeats that row alone, not the batch before it
        Worker<Integer, String> worker = new Worker<>("test-worker", Duration.ofMinutes(10), 10, Duration.ofSeconds(10), queue);
        worker.start();
        try {
            queue.due.addAll(List.of(1, 2, 3));
            worker.wake();
            await().atMost(Duration.ofSeconds(15)).until(() -> queue.done.size() == 3);
            assertEquals(List.of("perform [1]", "record [1]", "perform [2]", "record [2]", "perform [3]", "record [3]"),
                    queue.calls);
        } finally {
            worker.stop(Duration.ofSeconds(5));
        }
    }

    @Test
    void aBatchIsRecordedOnceUnlessTheWorkRecordsEachRow() {
        Queue queue = new Queue();
        Worker<Integer, String> worker = new Worker<>("test-worker", Duration.ofMinutes(10), 10, Duration.ofSeconds(10), queue);
        worker.start();
        try {
            queue.due.addAll(List.of(1, 2, 3));
            worker.wake();
            await().atMost(Duration.ofSeconds(15)).until(() -> queue.done.size() == 3);
            assertEquals(List.of("perform [1, 2, 3]", "record [1, 2, 3]"), queue.calls);
        } finally {
            worker.stop(Duration.ofSeconds(5));
        }
    }

    @Test
    void aRolledBackTransactionWakesNobody() {
        AtomicInteger woken = new AtomicInteger();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                afterCommit.run(woken::incrementAndGet);
                throw new IllegalStateException("rolled back");
            });
        } catch (IllegalStateException expected) {
            // the transaction rolled back
        }
        QuarkusTransaction.requiringNew().run(() -> afterCommit.run(woken::incrementAndGet));
        assertEquals(1, woken.get());
    }
}
