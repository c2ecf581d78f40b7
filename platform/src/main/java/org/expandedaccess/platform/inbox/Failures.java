package org.expandedaccess.platform.inbox;

import org.expandedaccess.platform.problem.ProblemException;

import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.concurrent.TimeoutException;

/**
 * Sorts a consumer's failure by what it says about the message, from exception types and SQL
 * states only (never from message text; docs/decisions/0008-consumer-failures-never-lose-a-valid-event.md):
 * <ul>
 *   <li>{@link Kind#POISON}: the message itself cannot be processed (not a CloudEvent, bad JSON, data that
 *       does not match its schema, a domain refusal). It is parked on the dead-letter topic.</li>
 *   <li>{@link Kind#INFRASTRUCTURE}: the database or the network failed (connection refused or lost,
 *       server shutting down, too many connections, timeouts, serialization failures, deadlocks). The
 *       message is fine; it is retried until it applies.</li>
 *   <li>{@link Kind#UNKNOWN}: anything else. The inbox retries it a few times, then asks the database
 *       whether it answers: if not, the failure was infrastructure after all; if it does, the message is
 *       parked with the failure as its reason, to be replayed once the cause is fixed.</li>
 * </ul>
 */
public final class Failures {

    public enum Kind { POISON, INFRASTRUCTURE, UNKNOWN }

    private Failures() {
    }

    public static Kind classify(Throwable failure) {
        Kind kind = Kind.UNKNOWN;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PoisonMessageException || t instanceof ProblemException) {
                return Kind.POISON;
            }
            if (isInfrastructure(t)) {
                // keep looking: a poison cause deeper down (rare) decides
                kind = Kind.INFRASTRUCTURE;
            }
        }
        return kind;
    }

    private static boolean isInfrastructure(Throwable t) {
        if (t instanceof SQLException sql && isInfrastructureState(sql.getSQLState())) {
            return true;
        }
        return t instanceof SQLTransientException // includes SQLTransientConnectionException, timeouts, rollbacks
                || t instanceof SQLRecoverableException
                || t instanceof ConnectException
                || t instanceof SocketException
                || t instanceof SocketTimeoutException
                || t instanceof TimeoutException
                || t instanceof java.io.EOFException
                || t instanceof java.io.InterruptedIOException
                || t instanceof org.hibernate.exception.JDBCConnectionException
                || t instanceof org.hibernate.exception.LockAcquisitionException
                || t instanceof org.hibernate.QueryTimeoutException
                || t instanceof org.hibernate.PessimisticLockException
                || t instanceof jakarta.persistence.LockTimeoutException
                || t instanceof jakarta.persistence.QueryTimeoutException
                || t instanceof jakarta.persistence.PessimisticLockException;
    }

    /**
     * PostgreSQL SQL states (appendix A of its manual) that say nothing about the message: connection
     * exceptions (08), serialization failure and deadlock (40001, 40P01), insufficient resources (53),
     * operator intervention such as shutdown or a cancelled statement (57), system errors (58), and lock
     * not available (55P03).
     */
    static boolean isInfrastructureState(String state) {
        if (state == null || state.length() != 5) {
            return false;
        }
        String sqlClass = state.substring(0, 2);
        return sqlClass.equals("08") || sqlClass.equals("53") || sqlClass.equals("57") || sqlClass.equals("58")
                || state.equals("40001") || state.equals("40P01") || state.equals("55P03");
    }

    /** The failure in a few words for a log line or a dead-letter header: class names and our own texts, no payload. */
    public static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        StringBuilder b = new StringBuilder(failure.getClass().getName());
        if (failure instanceof PoisonMessageException || failure instanceof ProblemException) {
            b.append(": ").append(failure.getMessage());
        } else if (root != failure) {
            b.append(" caused by ").append(root.getClass().getName());
            if (root instanceof SQLException sql && sql.getSQLState() != null) {
                b.append(" (SQL state ").append(sql.getSQLState()).append(')');
            }
        }
        return b.toString();
    }
}
