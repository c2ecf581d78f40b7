package org.expandedaccess.stack;

import org.expandedaccess.infra.Ports;
import org.expandedaccess.infra.SmtpServer;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The whole local system: infrastructure first (all four in parallel, Keycloak being the slow one),
 * then the services in parallel. A failed start stops everything that did start, so a caller never
 * has to clean up after an exception.
 */
public final class Stack implements AutoCloseable {

    public static final List<String> TOPICS = List.of("ea.requests", "ea.eligibility", "ea.cases");

    private static final Duration TICK = Duration.ofSeconds(5);

    private final StackConfig config;
    private final ProgressListener listener;
    private final SmtpComponent smtp;
    private final List<Component> infrastructure;
    private final List<Component> services;
    private final Supervisor supervisor;
    private volatile boolean stopping;
    private boolean stopped;

    public Stack(StackConfig config, ProgressListener listener) {
        this.config = config;
        this.listener = listener;
        this.smtp = new SmtpComponent(config);
        // Keycloak first: it takes longest, and the pool starts tasks in this order
        this.infrastructure = List.of(new KeycloakComponent(config), new PostgresComponent(config),
                new KafkaComponent(config), smtp);
        this.services = config.serviceList().stream()
                .<Component>map(s -> new ServiceComponent(config, s))
                .toList();
        this.supervisor = new Supervisor(components(), listener, RestartPolicy.DEFAULT);
    }

    public StackConfig config() {
        return config;
    }

    public List<Component> components() {
        return Stream.concat(infrastructure.stream(), services.stream()).toList();
    }

    /** The running mail server, to read what the services sent; null unless started. */
    public SmtpServer smtpServer() {
        return smtp.server();
    }

    /**
     * Checks everything that can be checked before starting anything: ports, service jars, Keycloak.
     *
     * @throws StackException naming every problem found
     */
    public static void preflight(StackConfig config) {
        List<String> problems = new ArrayList<>();
        busyPortsMessage(config.ports(), Ports::isFree).ifPresent(problems::add);
        List<String> missing = config.serviceList().stream()
                .map(s -> s.jar(config.projectRoot()))
                .filter(jar -> !Files.isRegularFile(jar))
                .map(jar -> config.projectRoot().relativize(jar).toString())
                .toList();
        if (!missing.isEmpty()) {
            problems.add("service not built: " + String.join(", ", missing)
                    + " missing; run './mvnw package -DskipTests' in " + config.projectRoot()
                    + " (or EA_STACK_SERVICES=none for the infrastructure only)");
        }
        KeycloakDistribution.problem(config).ifPresent(problems::add);
        if (!Files.isRegularFile(config.realmFile())) {
            problems.add("realm export " + config.realmFile() + " is missing");
        }
        if (!problems.isEmpty()) {
            throw new StackException(String.join("\n", problems));
        }
    }

    /**
     * The message for ports that are taken, or empty when all are free.
     *
     * @param ports port to a name a person recognises
     */
    static Optional<String> busyPortsMessage(Map<Integer, String> ports, IntPredicate isFree) {
        List<String> busy = ports.entrySet().stream()
                .filter(e -> !isFree.test(e.getKey()))
                .map(e -> e.getKey() + " (" + e.getValue() + ")")
                .toList();
        if (busy.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(busy.size() == 1
                ? "port " + busy.get(0) + " is already in use; stop what uses it or run 'deploy/local/stack down'"
                : "ports " + String.join(", ", busy)
                        + " are already in use; stop what uses them or run 'deploy/local/stack down'");
    }

    /**
     * Starts everything and returns when every component is ready.
     *
     * @throws StackException naming the component that failed and its log; nothing is left running
     */
    public void start() {
        preflight(config);
        try {
            Files.createDirectories(config.logDir());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + config.logDir(), e);
        }
        // slf4j initialises once, here: several start threads doing it at once make it print
        // "substitute logger" warnings on the console and drop their first log lines
        LoggerFactory.getILoggerFactory();
        try {
            startAll(infrastructure);
            startAll(services);
        } catch (StackException e) {
            stop();
            throw e;
        }
        // from now on a component that dies is started again (with backoff and a limit)
        supervisor.start();
    }

    /** The component of that name ({@code postgres}, {@code kafka}, {@code keycloak}, {@code smtp} or a service module). */
    public Component component(String name) {
        return components().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no component " + name + " in this stack"));
    }

    /**
     * SIGKILL to the component's whole process tree, as a crash would: the supervisor starts it again
     * unless it is on {@link #hold}. Returns once every process is gone.
     */
    public void kill(String name) {
        List<ProcessHandle> tree = component(name).processes();
        if (tree.isEmpty()) {
            throw new IllegalArgumentException(name + " has no process of its own to kill");
        }
        tree.forEach(ProcessHandle::destroyForcibly);
        Processes.awaitExit(tree, Duration.ofSeconds(30));
    }

    /**
     * SIGTERM to the component's process tree, as an orderly shutdown; returns once it has exited
     * (SIGKILL after {@code grace}). Put the component on {@link #hold} first, or the supervisor starts it again.
     */
    public void terminate(String name, Duration grace) {
        List<ProcessHandle> tree = component(name).processes();
        if (!tree.isEmpty()) {
            Processes.terminate(tree.get(0), grace);
        }
    }

    /** The supervisor leaves this component alone, dead or alive, until {@link #release}. */
    public void hold(String name) {
        supervisor.hold(component(name).name());
    }

    /** Supervises the component again: if it is dead, it is started within a second or two. */
    public void release(String name) {
        supervisor.release(component(name).name());
    }

    /** True while every component serves and none is being restarted. */
    public boolean allRunning() {
        return components().stream().allMatch(c -> c.state() == Component.State.READY && c.isAlive()
                && !supervisor.recovering(c));
    }

    private void startAll(List<Component> components) {
        if (components.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(components.size(), daemon("stack-start"));
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(daemon("stack-tick"));
        long phaseStart = System.nanoTime();
        ticker.scheduleAtFixedRate(() -> {
            List<String> pending = components.stream()
                    .filter(c -> c.state() == Component.State.STARTING).map(Component::name).toList();
            if (!pending.isEmpty()) {
                listener.waiting(pending, Duration.ofNanos(System.nanoTime() - phaseStart));
            }
        }, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
        try {
            CompletionService<Component> done = new ExecutorCompletionService<>(pool);
            for (Component c : components) {
                done.submit(() -> startOne(c));
            }
            StackException failure = null;
            for (int i = 0; i < components.size(); i++) {
                try {
                    done.take().get();
                } catch (ExecutionException e) {
                    // the first failure is the cause; later ones are mostly "cancelled because stopping"
                    if (failure == null) {
                        failure = (StackException) e.getCause();
                        stopping = true;
                    }
                }
            }
            if (failure != null) {
                throw failure;
            }
            if (stopping) {
                throw new StackException("start cancelled because the stack is stopping");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
            throw new StackException("interrupted while starting", e);
        } finally {
            ticker.shutdownNow();
            pool.shutdownNow();
        }
    }

    private Component startOne(Component c) {
        if (stopping) {
            throw new StackException(c.name() + ": start cancelled because the stack is stopping");
        }
        listener.starting(c.name());
        long t0 = System.nanoTime();
        try {
            c.start(() -> stopping, listener);
        } catch (Exception | Error e) {
            if (stopping) {
                // not this component's fault: someone else failed, or Ctrl-C / 'stack down' came first
                throw new StackException("start cancelled because the stack is stopping", e);
            }
            String reason = c.name() + " failed to start: " + describe(e) + "\n  log: " + c.logFile() + logTail(c.logFile());
            listener.message(c.name(), "FAILED: " + describe(e));
            throw new StackException(reason, e);
        }
        listener.ready(c.name(), Duration.ofNanos(System.nanoTime() - t0));
        return c;
    }

    /** The last lines this run wrote to a log, which usually say why a process gave up. */
    private static String logTail(Path log) {
        try (Stream<String> lines = Files.lines(log)) {
            List<String> all = lines.filter(l -> !l.isBlank()).toList();
            int runStart = 0;
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).startsWith(Component.RUN_MARKER)) {
                    runStart = i + 1;
                }
            }
            return all.subList(Math.max(runStart, all.size() - 5), all.size()).stream()
                    .map(l -> "\n    | " + (l.length() > 200 ? l.substring(0, 200) + "..." : l))
                    .collect(Collectors.joining());
        } catch (IOException | UncheckedIOException e) {
            return "\n    (cannot read the log: " + e.getMessage() + ")";
        }
    }

    /** The exception's message plus its causes', which is where zonky and Kafka put the real reason. */
    static String describe(Throwable e) {
        List<String> parts = new ArrayList<>();
        for (Throwable t = e; t != null && parts.size() < 4; t = t.getCause()) {
            String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().strip();
            if (parts.stream().noneMatch(p -> p.contains(m))) {
                parts.add(m);
            }
        }
        return String.join(": ", parts);
    }

    /** Stops services, then infrastructure, each group in parallel; safe to call more than once. */
    public void stop() {
        stopping = true;
        synchronized (this) {
            if (stopped) {
                return;
            }
            stopped = true;
        }
        supervisor.close();
        stopAll(services);
        stopAll(infrastructure);
    }

    private void stopAll(List<Component> components) {
        if (components.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(components.size(), daemon("stack-stop"));
        try {
            List<Future<?>> futures = components.stream()
                    .<Future<?>>map(c -> pool.submit(() -> stopOne(c)))
                    .toList();
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            listener.message("", "interrupted while stopping; some components may still run");
        } catch (ExecutionException e) {
            listener.message("", "stopping failed: " + describe(e.getCause()));
        } finally {
            pool.shutdown();
        }
    }

    private void stopOne(Component c) {
        Component.State before = c.state();
        try {
            c.stop();
            if (before != Component.State.NEW) {
                listener.stopped(c.name());
            }
        } catch (Exception e) {
            listener.message(c.name(), "did not stop cleanly: " + describe(e));
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
