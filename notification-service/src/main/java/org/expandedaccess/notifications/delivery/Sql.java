package org.expandedaccess.notifications.delivery;

import jakarta.persistence.Query;
import org.hibernate.query.NativeQuery;

/** Binds a parameter of a native query with its type, so a null still reaches PostgreSQL as the column's type. */
public final class Sql {

    private Sql() {
    }

    @SuppressWarnings("unchecked")
    public static <P> Query bind(Query query, String name, P value, Class<P> type) {
        query.unwrap(NativeQuery.class).setParameter(name, value, type);
        return query;
    }
}
