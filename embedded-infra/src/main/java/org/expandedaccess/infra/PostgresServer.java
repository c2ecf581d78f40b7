package org.expandedaccess.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A real PostgreSQL server (17.x binaries shipped in a Maven jar by zonky), started on a fixed
 * port with its data in a folder of ours, so that data survives restarts when that folder does.
 */
public final class PostgresServer implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final int port;
    private final Path dataDir;

    private PostgresServer(EmbeddedPostgres postgres, int port, Path dataDir) {
        this.postgres = postgres;
        this.port = port;
        this.dataDir = dataDir;
    }

    /**
     * How PostgreSQL treats commits. {@link #DURABLE} for anything that keeps data: a commit is on disk
     * before it is acknowledged and a crash corrupts nothing. {@link #FAST} for throw-away test databases
     * only: fsync, full page writes and synchronous commit off, so an acknowledged commit can vanish.
     */
    public enum Durability {
        DURABLE("on"), FAST("off");

        private final String setting;

        Durability(String setting) {
            this.setting = setting;
        }
    }

    /**
     * Starts a throw-away PostgreSQL for tests ({@link Durability#FAST}).
     *
     * @param dataDir kept between starts; created when missing
     * @param logFile server output, or null to discard it
     */
    public static PostgresServer start(int port, Path dataDir, Path logFile) {
        return start(port, dataDir, logFile, null, Durability.FAST);
    }

    /**
     * Starts PostgreSQL.
     *
     * @param binariesDir where the binaries are unpacked, kept between starts so a long-lived launcher
     *                    does not unpack them again after a reboot or a tmp cleaner ran; null means
     *                    java.io.tmpdir
     */
    public static PostgresServer start(int port, Path dataDir, Path logFile, Path binariesDir, Durability durability) {
        try {
            Files.createDirectories(dataDir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // the owner (test resource or launcher) stops it in order; a second hook would race
                    .setRegisterShutdownHook(false)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "200")
                    // zonky's builder turns synchronous_commit off by default; set all three explicitly
                    .setServerConfig("fsync", durability.setting)
                    .setServerConfig("full_page_writes", durability.setting)
                    .setServerConfig("synchronous_commit", durability.setting);
            if (binariesDir != null) {
                Files.createDirectories(binariesDir);
                builder.setOverrideWorkingDirectory(binariesDir.toFile());
            }
            if (logFile != null) {
                Files.createDirectories(logFile.getParent());
                builder.setOutputRedirector(Redirect.appendTo(logFile.toFile()))
                        .setErrorRedirector(Redirect.appendTo(logFile.toFile()));
            }
            return new PostgresServer(builder.start(), port, dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start on port " + port, e);
        }
    }

    /** The server's current value of a setting, read with {@code SHOW}. */
    public String setting(String name) {
        requireIdentifier(name);
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read setting " + name, e);
        }
    }

    public Path dataDir() {
        return dataDir;
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    /**
     * Creates a login role and a database owned by it, unless they exist already.
     * Names come from our own configuration, never from users; they are still checked.
     */
    public void ensureDatabase(String database, String user, String password) {
        requireIdentifier(database);
        requireIdentifier(user);
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            if (!exists(c, "select 1 from pg_roles where rolname = ?", user)) {
                s.execute("create role " + user + " login password '" + password.replace("'", "''") + "'");
            }
            if (!exists(c, "select 1 from pg_database where datname = ?", database)) {
                s.execute("create database " + database + " owner " + user);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + database, e);
        }
    }

    private static boolean exists(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void requireIdentifier(String name) {
        if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a plain identifier: " + name);
        }
    }

    /**
     * Releases what this JVM holds of a server that died (killed, crashed), so that a new
     * {@link #start} on the same data folder can take over; pg_ctl's "not running" is expected here.
     */
    public void abandon() {
        try {
            postgres.close();
        } catch (IOException | RuntimeException e) {
            // the server is gone already; only the lock file of this JVM mattered
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
        }
    }
}
