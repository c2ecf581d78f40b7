package org.expandedaccess.stack;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/** Ending a process together with its children (kc.sh runs Keycloak's JVM as a child). */
final class Processes {

    private Processes() {
    }

    /**
     * SIGTERM to the process and its descendants, SIGKILL to whatever is left after {@code grace}.
     *
     * @return true when everything ended within the grace period
     */
    static boolean terminate(ProcessHandle root, Duration grace) {
        List<ProcessHandle> tree = Stream.concat(Stream.of(root), root.descendants()).toList();
        tree.forEach(ProcessHandle::destroy);
        if (awaitExit(tree, grace)) {
            return true;
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        awaitExit(tree, Duration.ofSeconds(10));
        return false;
    }

    static boolean awaitExit(List<ProcessHandle> processes, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (processes.stream().anyMatch(ProcessHandle::isAlive)) {
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            Component.sleep(Duration.ofMillis(100));
        }
        return true;
    }
}
