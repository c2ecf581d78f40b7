package org.expandedaccess.stack;

import java.time.Duration;
import java.util.List;

/** What {@link Stack} reports while it starts and stops; every method may be called from any thread. */
public interface ProgressListener {

    void starting(String component);

    void ready(String component, Duration took);

    /** Called every few seconds while components are still starting. */
    void waiting(List<String> pending, Duration elapsed);

    void stopped(String component);

    /** Anything else worth a line: a failure, a problem while stopping, a child that died later. */
    void message(String component, String text);

    /** Lets the launcher remember child process ids so {@code stack down} can clean up after a crash. */
    default void processStarted(String component, ProcessHandle process) {
    }

    /** For callers that want no output, such as tests. */
    static ProgressListener silent() {
        return new ProgressListener() {
            @Override
            public void starting(String component) {
            }

            @Override
            public void ready(String component, Duration took) {
            }

            @Override
            public void waiting(List<String> pending, Duration elapsed) {
            }

            @Override
            public void stopped(String component) {
            }

            @Override
            public void message(String component, String text) {
            }
        };
    }
}
