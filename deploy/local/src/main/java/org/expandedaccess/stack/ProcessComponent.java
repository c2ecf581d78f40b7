package org.expandedaccess.stack;

import java.io.File;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** A component that is a child process, ready when a probe says so. */
abstract class ProcessComponent extends Component {

    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private Process process;

    ProcessComponent(String name, int port, Path logFile) {
        super(name, port, logFile);
    }

    protected abstract List<String> command();

    protected abstract Map<String, String> environment();

    protected abstract Path workingDir();

    protected abstract boolean isReady();

    protected abstract Duration startTimeout();

    /** Work before the process starts, such as unpacking it. */
    protected void prepare(ProgressListener listener) throws Exception {
    }

    /** Called once the probe succeeded. */
    protected void afterReady() throws Exception {
    }

    @Override
    protected final void doStart(BooleanSupplier aborted, ProgressListener listener) throws Exception {
        prepare(listener);
        Files.createDirectories(workingDir());
        ProcessBuilder builder = new ProcessBuilder(command())
                .directory(workingDir().toFile())
                .redirectErrorStream(true)
                .redirectOutput(Redirect.appendTo(logFile().toFile()))
                .redirectInput(Redirect.from(new File("/dev/null")));
        builder.environment().putAll(environment());
        Process started;
        synchronized (lock) {
            ensureNotStopped();
            started = builder.start();
            process = started;
        }
        listener.processStarted(name(), started.toHandle());
        Instant deadline = deadline(startTimeout());
        while (!isReady()) {
            // first: a stop kills the process, which is then no failure of its own
            if (aborted.getAsBoolean()) {
                throw new StackException(name() + ": start cancelled because the stack is stopping");
            }
            if (!started.isAlive()) {
                throw new StackException(name() + " exited with code " + started.exitValue() + " while starting");
            }
            if (Instant.now().isAfter(deadline)) {
                throw new StackException(name() + " did not become ready within " + startTimeout().toSeconds() + " s");
            }
            sleep(Duration.ofMillis(500));
        }
        afterReady();
    }

    @Override
    protected final void doStop() {
        Process p;
        synchronized (lock) {
            p = process;
            process = null;
        }
        if (p != null && p.isAlive() && !Processes.terminate(p.toHandle(), STOP_GRACE)) {
            throw new StackException(name() + " ignored SIGTERM for " + STOP_GRACE.toSeconds() + " s and was killed");
        }
    }

    @Override
    public boolean isAlive() {
        synchronized (lock) {
            return process != null && process.isAlive();
        }
    }

    @Override
    public List<ProcessHandle> processes() {
        Process p;
        synchronized (lock) {
            p = process;
        }
        if (p == null || !p.isAlive()) {
            return List.of();
        }
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(p.toHandle()), p.toHandle().descendants()).toList();
    }

    protected static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
