package org.expandedaccess.platform.inbox;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Asks the service's own database whether it answers, with a fresh connection from the pool. The inbox
 * uses it to tell an outage from a message that fails for its own reasons.
 */
@ApplicationScoped
public class DatabaseProbe {

    private final AgroalDataSource dataSource;

    DatabaseProbe(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** True when a connection can be had and answers within two seconds. */
    public boolean answers() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }
}
