package org.expandedaccess.stack;

import org.expandedaccess.infra.Ports;
import org.expandedaccess.infra.PostgresServer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/** PostgreSQL with one database and login per service; the data folder survives restarts. */
final class PostgresComponent extends Component {

    /** Every service's database, also when the services are not started (the end-to-end tests may start them). */
    static final List<String> DATABASES = List.of("intake", "eligibility", "cases", "notification");

    private final StackConfig config;
    private PostgresServer server;
    private volatile Optional<ProcessHandle> postmaster = Optional.empty();

    PostgresComponent(StackConfig config) {
        super("postgres", config.postgresPort(), config.logFile("postgres"));
        this.config = config;
    }

    @Override
    protected void doStart(BooleanSupplier aborted, ProgressListener listener) throws IOException {
        PostgresServer started;
        synchronized (lock) {
            ensureNotStopped();
            // the binaries go to the cache folder, not /tmp, so they are unpacked only once
            // durable: a commit is on disk before it is acknowledged, and a crash corrupts nothing
            started = PostgresServer.start(port(), dataDir(), logFile(), config.cacheDir().resolve("postgres"),
                    durability());
            server = started;
        }
        for (String db : DATABASES) {
            started.ensureDatabase(db, db, db);
        }
        if (durability() == PostgresServer.Durability.FAST) {
            listener.message(name(), "UNSAFE: fsync, full page writes and synchronous commit are off"
                    + " (EA_STACK_POSTGRES_DURABILITY=fast); a crash can lose acknowledged data");
        }
        postmaster = postmaster();
        postmaster.ifPresent(p -> listener.processStarted(name(), p));
    }

    /**
     * DURABLE, unless EA_STACK_POSTGRES_DURABILITY=fast asks for the test settings, which only the durability
     * benchmark does (deploy/bench/durability-cost): a crash can then lose acknowledged commits.
     */
    static PostgresServer.Durability durability() {
        return "fast".equalsIgnoreCase(System.getenv("EA_STACK_POSTGRES_DURABILITY"))
                ? PostgresServer.Durability.FAST : PostgresServer.Durability.DURABLE;
    }

    private Path dataDir() {
        return config.dataDir().resolve("postgres");
    }

    /** pg_ctl detaches the server from us, so its process id comes from postmaster.pid. */
    private Optional<ProcessHandle> postmaster() throws IOException {
        Path pidFile = dataDir().resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
        return first.matches("\\d+") ? ProcessHandle.of(Long.parseLong(first)) : Optional.empty();
    }

    @Override
    protected void doStop() {
        PostgresServer s;
        synchronized (lock) {
            s = server;
            server = null;
        }
        if (s != null) {
            s.close();
        }
    }

    @Override
    protected void releaseAfterDeath() {
        PostgresServer s;
        synchronized (lock) {
            s = server;
            server = null;
        }
        if (s != null) {
            s.abandon();
        }
    }

    @Override
    public List<ProcessHandle> processes() {
        return postmaster.filter(ProcessHandle::isAlive)
                .map(p -> java.util.stream.Stream.concat(java.util.stream.Stream.of(p), p.descendants()).toList())
                .orElse(List.of());
    }

    @Override
    public boolean isAlive() {
        return postmaster.map(ProcessHandle::isAlive).orElseGet(() -> Ports.isListening(port()));
    }
}
