package org.expandedaccess.platform.inbox;

import org.expandedaccess.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a consumer failure says about the message, decided by exception type and SQL state alone. */
class FailuresTest {

    @Test
    void connectionLossShutdownAndResourceStatesAreInfrastructure() {
        for (String state : new String[] {"08001", "08006", "57P01", "57P02", "57P03", "53300", "58030", "40001",
                "40P01", "55P03", "57014"}) {
            assertEquals(Failures.Kind.INFRASTRUCTURE, Failures.classify(new RuntimeException(new SQLException("x", state))),
                    state);
        }
    }

    @Test
    void connectionTypesAreInfrastructureWhateverTheirMessage() {
        assertEquals(Failures.Kind.INFRASTRUCTURE, Failures.classify(new IllegalStateException(new ConnectException())));
        assertEquals(Failures.Kind.INFRASTRUCTURE, Failures.classify(new SQLTransientConnectionException("pool empty")));
        assertEquals(Failures.Kind.INFRASTRUCTURE, Failures.classify(
                new org.hibernate.exception.JDBCConnectionException("x", new SQLException("x"))));
        assertEquals(Failures.Kind.INFRASTRUCTURE, Failures.classify(new jakarta.persistence.QueryTimeoutException("x")));
    }

    @Test
    void aCommitThatFailedBecauseTheServerWentAwayIsInfrastructureThoughOnlySuppressedSaysSo() {
        // Narayana: RollbackException without a cause, the driver's failure suppressed under an XAException
        Exception rollback = new Exception("ARJUNA016053: Could not commit transaction.");
        Exception xa = new Exception("Error trying to transactionCommit local transaction",
                new SQLException("terminating connection due to unexpected postmaster exit", "57P01"));
        rollback.addSuppressed(xa);
        assertEquals(Failures.Kind.INFRASTRUCTURE, Failures.classify(new RuntimeException(rollback)));
        assertTrue(org.expandedaccess.platform.problem.Dependencies.isUnavailable(new RuntimeException(rollback)));
    }

    @Test
    void theMessageTextDecidesNothing() {
        // a message that reads like an outage is not one: only types and SQL states count
        assertEquals(Failures.Kind.UNKNOWN, Failures.classify(new IllegalStateException("EntityManagerFactory is closed")));
        assertEquals(Failures.Kind.UNKNOWN, Failures.classify(new RuntimeException("Connection refused")));
    }

    @Test
    void brokenDataAndDomainRefusalsArePoison() {
        assertEquals(Failures.Kind.POISON, Failures.classify(new PoisonMessageException("no requestId")));
        assertEquals(Failures.Kind.POISON, Failures.classify(new RuntimeException(new PoisonMessageException("x"))));
        assertEquals(Failures.Kind.POISON, Failures.classify(ProblemException.conflict("illegal-transition", "no")));
    }

    @Test
    void constraintViolationsAndBugsAreLeftToTheDatabaseProbe() {
        assertEquals(Failures.Kind.UNKNOWN, Failures.classify(new RuntimeException(new SQLException("duplicate key", "23505"))));
        assertEquals(Failures.Kind.UNKNOWN, Failures.classify(new NullPointerException()));
    }

    @Test
    void theDescriptionNamesClassesAndStatesButNoPayload() {
        String d = Failures.describe(new RuntimeException("patient initials AB", new SQLException("boom AB", "08006")));
        assertEquals("java.lang.RuntimeException caused by java.sql.SQLException (SQL state 08006)", d);
        assertFalse(d.contains("AB"));
        assertTrue(Failures.describe(new PoisonMessageException("event 1 has no requestId")).endsWith("has no requestId"));
    }
}
