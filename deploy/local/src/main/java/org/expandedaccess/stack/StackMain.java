package org.expandedaccess.stack;

import org.expandedaccess.infra.SmtpServer;

import org.expandedaccess.infra.Ports;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Command line: {@code up [--fresh]}, {@code status}, {@code down}. Run it through deploy/local/stack. */
public final class StackMain {

    static final int EXIT_NOT_ALL_UP = 3;
    private static final Duration DOWN_TIMEOUT = Duration.ofSeconds(60);

    private final PrintStream out = System.out;

    private StackMain() {
    }

    public static void main(String[] args) {
        int code;
        try {
            code = new StackMain().run(args);
        } catch (RuntimeException e) {
            // one line the script waits for, also for the unexpected
            System.out.println("STACK FAILED: " + (e instanceof StackException ? e.getMessage() : Stack.describe(e)));
            code = 1;
        }
        System.exit(code);
    }

    private int run(String[] args) {
        String command = args.length == 0 ? "help" : args[0];
        List<String> options = List.of(args).subList(Math.min(1, args.length), args.length);
        switch (command) {
            case "up":
                if (!Set.of("--fresh").containsAll(options)) {
                    return usage("unknown option for up: " + options);
                }
                return up(options.contains("--fresh"));
            case "status":
                return status();
            case "down":
                return down();
            case "help":
            case "--help":
            case "-h":
                return usage(null);
            default:
                return usage("unknown command: " + command);
        }
    }

    private int usage(String error) {
        if (error != null) {
            out.println(error);
        }
        out.println("usage: deploy/local/stack up [--detach] [--fresh] | status | down");
        out.println("  EA_STACK_SERVICES=none  start the infrastructure only");
        out.println("  EA_STACK_PORT_OFFSET=N  every port plus N, data in deploy/local/.data-N (a second stack beside the first)");
        out.println("  EA_CACHE_DIR=<dir>      where Keycloak and PostgreSQL binaries are unpacked (~/.cache/expanded-access)");
        return error == null ? 0 : 2;
    }

    private int up(boolean fresh) {
        StackConfig config = StackConfig.defaults();
        // before any library asks for a logger: their output belongs in a file, not on the console
        System.setProperty("log4j2.configurationFile", "ea-stack-log4j2.xml");
        System.setProperty("ea.stack.logFile", config.logFile("launcher").toString());

        Optional<PidFile.Entry> running = PidFile.read(config.pidFile()).flatMap(PidFile::launcher)
                .filter(e -> e.handle().isPresent());
        if (running.isPresent()) {
            throw new StackException("a local stack is already running (pid " + running.get().pid()
                    + "); 'deploy/local/stack down' stops it");
        }
        Stack.preflight(config);
        if (fresh) {
            wipe(config);
        }
        PidFile pidFile = PidFile.create(config.pidFile(), config.services());
        ConsoleProgress console = new ConsoleProgress(out, pidFile::addChild);
        if (fresh) {
            console.message("", "--fresh: deleted " + config.dataDir() + " (the cache " + config.cacheDir() + " stays)");
        }
        Stack stack = new Stack(config, console);
        Thread hook = new Thread(() -> {
            console.message("", "stopping...");
            stack.stop();
            pidFile.delete();
            console.println("STACK STOPPED");
        }, "stack-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            stack.start();
        } catch (RuntimeException e) {
            // start() already stopped what it had started; only the pid file is left to remove
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
                pidFile.delete();
            } catch (IllegalStateException shutdownInProgress) {
                // Ctrl-C or SIGTERM during start: the running hook removes the pid file
                e.addSuppressed(shutdownInProgress);
            }
            throw e;
        }
        console.summary(config);
        console.println("STACK READY");
        boundMail(stack, console);
        waitUntilStopped();
        return 0;
    }

    /** Messages the stack's SMTP server keeps (the newest); a long-running stack would otherwise fill the launcher's heap. */
    static final int MAIL_KEPT = 2000;

    /** Every 30 s drops the oldest messages beyond {@link #MAIL_KEPT}, saying so in the stack log. */
    private static void boundMail(Stack stack, ConsoleProgress console) {
        Thread t = new Thread(() -> {
            while (true) {
                Component.sleep(Duration.ofSeconds(30));
                SmtpServer smtp = stack.smtpServer();
                int dropped = smtp == null ? 0 : smtp.keepAtMost(MAIL_KEPT);
                if (dropped > 0) {
                    console.message("smtp", "dropped the " + dropped + " oldest messages (keeps the newest " + MAIL_KEPT + ")");
                }
            }
        }, "stack-mail-bound");
        t.setDaemon(true);
        t.start();
    }

    /** Runs until the JVM is told to stop; the stack's supervisor restarts components that die meanwhile. */
    private static void waitUntilStopped() {
        while (true) {
            Component.sleep(Duration.ofSeconds(60));
        }
    }

    /** Deletes the data dir, except the log file a detached launcher is writing to right now. */
    private static void wipe(StackConfig config) {
        Path keep = config.logDir().resolve("stack.log");
        if (!Files.exists(config.dataDir())) {
            return;
        }
        try (Stream<Path> paths = Files.walk(config.dataDir())) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(keep) && !p.equals(config.dataDir()) && !p.equals(config.logDir())) {
                    Files.delete(p);
                }
            }
        } catch (IOException e) {
            throw new StackException("could not delete " + config.dataDir() + ": " + e.getMessage(), e);
        }
    }

    private int status() {
        StackConfig defaults = StackConfig.defaults();
        Optional<PidFile> pidFile = PidFile.read(defaults.pidFile());
        // a stack started with EA_STACK_SERVICES=none should not look broken to a plain `status`
        StackConfig config = defaults.withServices(pidFile.map(PidFile::services).orElse(defaults.services()));
        Optional<PidFile.Entry> launcher = pidFile.flatMap(PidFile::launcher).filter(e -> e.handle().isPresent());
        out.println(launcher.map(e -> "launcher running (pid " + e.pid() + "), data in " + config.dataDir())
                .orElse("launcher not running"));

        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"postgres", String.valueOf(config.postgresPort()), null});
        rows.add(new String[] {"kafka", String.valueOf(config.kafkaPort()), null});
        rows.add(new String[] {"keycloak", String.valueOf(config.keycloakPort()),
                "http://127.0.0.1:" + config.keycloakManagementPort() + "/health/ready"});
        rows.add(new String[] {"smtp", String.valueOf(config.smtpPort()), null});
        for (StackConfig.Service s : config.serviceList()) {
            rows.add(new String[] {s.module(), String.valueOf(s.port()),
                    "http://127.0.0.1:" + s.port() + "/q/health/ready"});
        }
        // each start of a component's process is recorded in the pid file: more than one means restarts
        Map<String, Long> starts = pidFile.map(PidFile::children).orElse(List.of()).stream()
                .collect(Collectors.groupingBy(PidFile.Entry::component, Collectors.counting()));
        boolean allUp = true;
        out.printf(Locale.ROOT, "  %-21s %-6s %-5s %-8s %s%n", "COMPONENT", "PORT", "STATE", "RESTARTS", "HEALTH");
        for (String[] row : rows) {
            boolean listening = Ports.isListening(Integer.parseInt(row[1]));
            String health;
            boolean healthy;
            if (!listening) {
                health = "-";
                healthy = false;
            } else if (row[2] == null) {
                health = "accepts connections";
                healthy = true;
            } else {
                int code = Probes.httpStatus(row[2]);
                healthy = code == 200;
                health = healthy ? "ready" : "not ready (" + (code < 0 ? "no answer" : "HTTP " + code) + ")";
            }
            allUp &= healthy;
            long restarts = Math.max(0, starts.getOrDefault(row[0], 0L) - 1);
            out.printf(Locale.ROOT, "  %-21s %-6s %-5s %-8s %s%n", row[0], row[1], listening ? "up" : "down",
                    launcher.isPresent() && starts.containsKey(row[0]) ? String.valueOf(restarts) : "-", health);
        }
        return allUp ? 0 : EXIT_NOT_ALL_UP;
    }

    private int down() {
        StackConfig config = StackConfig.defaults();
        Optional<PidFile> pidFile = PidFile.read(config.pidFile());
        if (pidFile.isEmpty()) {
            out.println("no local stack is running (no " + config.pidFile() + ")");
            return 0;
        }
        long t0 = System.nanoTime();
        Optional<ProcessHandle> launcher = pidFile.get().launcher().flatMap(PidFile.Entry::handle);
        if (launcher.isPresent()) {
            out.println("stopping the local stack (pid " + launcher.get().pid() + ")...");
            launcher.get().destroy();
            try {
                launcher.get().onExit().get(DOWN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                out.println("the launcher did not stop within " + DOWN_TIMEOUT.toSeconds() + " s; killing it");
                launcher.get().destroyForcibly();
            } catch (ExecutionException e) {
                throw new StackException("waiting for the launcher failed: " + Stack.describe(e), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StackException("interrupted while waiting for the launcher", e);
            }
        } else {
            out.println("the launcher is gone; cleaning up what it left behind");
        }
        // anything still alive here outlived its launcher (SIGKILL, crash): stop it, newest first
        List<PidFile.Entry> children = new ArrayList<>(pidFile.get().children());
        Collections.reverse(children);
        for (PidFile.Entry child : children) {
            // a server the launcher just stopped may take a moment to vanish from the process table
            child.handle().filter(h -> !Processes.awaitExit(List.of(h), Duration.ofSeconds(3))).ifPresent(h -> {
                boolean graceful = Processes.terminate(h, Duration.ofSeconds(20));
                out.println("stopped leftover " + child.component() + " (pid " + child.pid() + ")"
                        + (graceful ? "" : " with SIGKILL"));
            });
        }
        pidFile.get().delete();
        out.printf(Locale.ROOT, "local stack stopped (%.1f s)%n", (System.nanoTime() - t0) / 1e9);
        return 0;
    }
}
