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
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private PostgresServer server;

    @Override
    public Map<String, String> start() {
        try {
            Path dir = Files.createTempDirectory("ea-pg-");
            server = PostgresServer.start(Ports.freePort(), dir.resolve("data"), dir.resolve("postgres.log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.ensureDatabase("app", "app", "app");
        return Map.of(
                "quarkus.datasource.jdbc.url", server.jdbcUrl("app"),
                "quarkus.datasource.username", "app",
                "quarkus.datasource.password", "app");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }
}
