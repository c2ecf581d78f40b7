package org.expandedaccess.stack;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * {@code <dataDir>/stack.pid}: the launcher's process id, and the ids of the processes it started,
 * so that {@code stack down} can also clean up after a launcher that was killed with SIGKILL.
 * Each id is stored with its start time, so a reused id never makes us kill a stranger.
 */
final class PidFile {

    record Entry(String component, long pid, long startMillis) {
        /** The process, if it still runs and is the one we recorded. */
        Optional<ProcessHandle> handle() {
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(h -> h.info().startInstant().map(i -> i.toEpochMilli() == startMillis).orElse(true));
        }
    }

    private final Path file;
    private final Properties props;

    private PidFile(Path file, Properties props) {
        this.file = file;
        this.props = props;
    }

    /** Writes a new file for the current process. */
    static PidFile create(Path file, boolean services) {
        Properties props = new Properties();
        PidFile pidFile = new PidFile(file, props);
        ProcessHandle self = ProcessHandle.current();
        props.setProperty("launcher", format("launcher", self));
        props.setProperty("services", String.valueOf(services));
        pidFile.save();
        return pidFile;
    }

    static Optional<PidFile> read(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            props.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return Optional.of(new PidFile(file, props));
    }

    Path path() {
        return file;
    }

    Optional<Entry> launcher() {
        return parse(props.getProperty("launcher"));
    }

    boolean services() {
        return Boolean.parseBoolean(props.getProperty("services", "true"));
    }

    /** Children in the order they were started. */
    List<Entry> children() {
        List<Entry> children = new ArrayList<>();
        for (int i = 1; props.containsKey("child." + i); i++) {
            parse(props.getProperty("child." + i)).ifPresent(children::add);
        }
        return children;
    }

    synchronized void addChild(String component, ProcessHandle process) {
        int next = 1;
        while (props.containsKey("child." + next)) {
            next++;
        }
        props.setProperty("child." + next, format(component, process));
        save();
    }

    void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file, e);
        }
    }

    private static String format(String component, ProcessHandle p) {
        long start = p.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
        return component + " " + p.pid() + " " + start;
    }

    private static Optional<Entry> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String[] parts = value.trim().split("\\s+");
        if (parts.length != 3) {
            return Optional.empty();
        }
        return Optional.of(new Entry(parts[0], Long.parseLong(parts[1]), Long.parseLong(parts[2])));
    }

    /** Write-then-rename, so `stack down` never reads half a file. */
    private synchronized void save() {
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer w = Files.newBufferedWriter(temp)) {
                props.store(w, "expanded-access local stack; deleted when the stack stops");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
