package org.expandedaccess.platform.inbox;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which failures the inbox retries in a new transaction instead of dead-lettering the message. */
class TransientFailureTest {

    @Test
    void connectionLossSerializationFailuresAndDeadlocksAreRetried() {
        assertTrue(Inbox.isTransient(new RuntimeException(new SQLException("gone", "08006"))));
        assertTrue(Inbox.isTransient(new RuntimeException(new SQLException("could not serialize", "40001"))));
        assertTrue(Inbox.isTransient(new RuntimeException(new SQLException("deadlock detected", "40P01"))));
        assertTrue(Inbox.isTransient(new IllegalStateException("Session/EntityManager is closed")));
    }

    @Test
    void brokenDataAndConstraintViolationsAreNot() {
        assertFalse(Inbox.isTransient(new PoisonMessageException("no requestId")));
        assertFalse(Inbox.isTransient(new RuntimeException(new SQLException("duplicate key", "23505"))));
        assertFalse(Inbox.isTransient(new IllegalStateException("not in the transition table")));
    }
}
