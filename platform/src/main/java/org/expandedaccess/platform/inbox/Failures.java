package org.expandedaccess.platform.inbox;

import org.expandedaccess.platform.problem.ProblemException;

import org.expandedaccess.platform.problem.Dependencies;

import java.sql.SQLException;
import java.util.concurrent.TimeoutException;

/**
 * Sorts a consumer's failure by what it says about the message, from exception types and SQL
 * states only (never from message text; docs/decisions/0008-consumer-failures-never-lose-a-valid-event.md):
 * <ul>
 *   <li>{@link Kind#POISON}: the message itself cannot be processed (not a CloudEvent, bad JSON, data that
 *       does not match its schema, a domain refusal). It is parked on the dead-letter topic.</li>
 *   <li>{@link Kind#INFRASTRUCTURE}: a dependency is down ({@link Dependencies}: connection refused or lost,
 *       server shutting down or starting up, too many connections, serialization failures, deadlocks) or
 *       timed out. The message is fine; it is retried until it applies.</li>
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
        for (Throwable t : Dependencies.chain(failure)) {
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

    /** A dependency that is down ({@link Dependencies}) or a timeout: nothing to do with the message. */
    private static boolean isInfrastructure(Throwable t) {
        return Dependencies.isUnavailable(t)
                || t instanceof TimeoutException
                || t instanceof java.io.EOFException
                || t instanceof java.io.InterruptedIOException
                || t instanceof org.hibernate.QueryTimeoutException
                || t instanceof jakarta.persistence.LockTimeoutException
                || t instanceof jakarta.persistence.QueryTimeoutException;
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
