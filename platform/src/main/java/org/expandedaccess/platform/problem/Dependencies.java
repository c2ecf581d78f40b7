package org.expandedaccess.platform.problem;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

/**
 * Recognises failures that mean "a dependency is down or overloaded" (database, identity provider,
 * network peer), not a bug and not bad input: REST answers 503 for them and consumers retry them.
 * Decided by exception type and SQL state, never by message text.
 */
public final class Dependencies {

    private Dependencies() {
    }

    public static boolean isUnavailable(Throwable e) {
        return which(e) != null;
    }

    /** The kind of dependency that is down, or null if the failure is something else. */
    public static String which(Throwable e) {
        for (Throwable t : chain(e)) {
            String name = t.getClass().getName();
            if (name.startsWith("io.quarkus.oidc.") && (name.endsWith("OIDCException")
                    || name.endsWith("OidcEndpointAccessException"))) {
                return "identity provider";
            }
            if (t instanceof SQLException sql && isUnavailableState(sql.getSQLState())
                    || t instanceof SQLTransientException || t instanceof SQLRecoverableException
                    || t instanceof org.hibernate.exception.JDBCConnectionException
                    || t instanceof org.hibernate.exception.LockAcquisitionException
                    || t instanceof org.hibernate.PessimisticLockException
                    || t instanceof jakarta.persistence.PessimisticLockException) {
                return "database";
            }
            if (t instanceof ConnectException || t instanceof NoRouteToHostException
                    || t instanceof UnknownHostException || t instanceof SocketException
                    || t instanceof SocketTimeoutException
                    || name.equals("io.netty.channel.AbstractChannel$AnnotatedConnectException")) {
                return "network dependency";
            }
        }
        return null;
    }

    /**
     * The failure, its causes and what each suppressed (a transaction manager reports the database's
     * failure to commit as a suppressed exception of its own), without repeats and at most 64.
     */
    public static java.util.List<Throwable> chain(Throwable e) {
        java.util.List<Throwable> all = new java.util.ArrayList<>();
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.Deque<Throwable> todo = new java.util.ArrayDeque<>();
        if (e != null) {
            todo.add(e);
        }
        while (!todo.isEmpty() && all.size() < 64) {
            Throwable t = todo.removeFirst();
            if (!seen.add(t)) {
                continue;
            }
            all.add(t);
            if (t.getCause() != null) {
                todo.addFirst(t.getCause());
            }
            for (Throwable s : t.getSuppressed()) {
                todo.addLast(s);
            }
        }
        return all;
    }

    /**
     * PostgreSQL SQL states (appendix A of its manual) that say the server is unreachable, shutting down
     * or overloaded, or that the transaction lost a race and passes when retried: connection exceptions
     * (08), insufficient resources (53), operator intervention such as a shutdown, a crash or a
     * cancelled statement (57), system errors (58), serialization failure and deadlock (40001, 40P01),
     * lock not available (55P03).
     */
    public static boolean isUnavailableState(String state) {
        if (state == null || state.length() != 5) {
            return false;
        }
        String sqlClass = state.substring(0, 2);
        return sqlClass.equals("08") || sqlClass.equals("53") || sqlClass.equals("57") || sqlClass.equals("58")
                || state.equals("40001") || state.equals("40P01") || state.equals("55P03");
    }
}
