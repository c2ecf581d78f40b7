package org.expandedaccess.infra.quarkus;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.expandedaccess.infra.Ports;
import org.expandedaccess.infra.PostgresServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Starts a real PostgreSQL for a {@code @QuarkusTest} run and points the default datasource at a
 * fresh database of its own. Use with {@code @QuarkusTestResource(PostgresTestResource.class)}.
 * Tests simulate a database outage with {@link #stopServer()} and {@link #startServer()}: same port,
 * same data.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static volatile PostgresServer server;
    private static volatile Path dir;
    private static volatile int port;

    @Override
    public Map<String, String> start() {
        try {
            dir = Files.createTempDirectory("ea-pg-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        port = Ports.freePort();
        startServer();
        server.ensureDatabase("app", "app", "app");
        return Map.of(
                "quarkus.datasource.jdbc.url", server.jdbcUrl("app"),
                "quarkus.datasource.username", "app",
                "quarkus.datasource.password", "app");
    }

    /** Stops the server of the current test run (an outage); its data stays. */
    public static synchronized void stopServer() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** Starts it again on the same port with the same data. */
    public static synchronized void startServer() {
        if (server == null) {
            server = PostgresServer.start(port, dir.resolve("data"), dir.resolve("postgres.log"));
        }
    }

    @Override
    public void stop() {
        stopServer();
    }
}
