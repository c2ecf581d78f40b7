package org.expandedaccess.platform.problem;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/** Recognises failures that mean "a dependency is down" (database, identity provider), not a bug. */
public final class Dependencies {

    private Dependencies() {
    }

    public static boolean isUnavailable(Throwable e) {
        return which(e) != null;
    }

    /** The kind of dependency that is down, or null if the failure is something else. */
    public static String which(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getName();
            if (name.startsWith("io.quarkus.oidc.") && (name.endsWith("OIDCException")
                    || name.endsWith("OidcEndpointAccessException"))) {
                return "identity provider";
            }
            if (t instanceof SQLTransientConnectionException || t instanceof SQLRecoverableException
                    || name.equals("org.hibernate.exception.JDBCConnectionException")) {
                return "database";
            }
            if (t instanceof ConnectException || t instanceof NoRouteToHostException
                    || t instanceof UnknownHostException
                    || name.equals("io.netty.channel.AbstractChannel$AnnotatedConnectException")) {
                return "network dependency";
            }
        }
        return null;
    }
}
