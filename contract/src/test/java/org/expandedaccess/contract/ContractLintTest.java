package org.expandedaccess.contract;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs tools/contract-lint/lint: the AsyncAPI CLI on docs/events/asyncapi.yaml and Spectral on every OpenAPI
 * document in docs/api/. Its output goes to the build log as it comes; the test fails, with that output, when
 * the script reports an error or a warning or cannot run at all. The first run on a machine installs the
 * locked tools (a few minutes); later runs take seconds.
 */
class ContractLintTest {

    /** Covers the one-time install of the tools on a slow network; a run from the cache takes seconds. */
    private static final Duration TIMEOUT = Duration.ofMinutes(20);

    @Test
    void contractDocumentsHaveNoLintErrorsOrWarnings() throws Exception {
        Path root = Project.root();
        Path script = root.resolve("tools/contract-lint/lint");
        assertTrue(Files.isRegularFile(script), script + " is missing");

        Process process = new ProcessBuilder("bash", script.toString())
                .directory(root.toFile())
                .redirectErrorStream(true)
                .start();
        process.getOutputStream().close();
        StringBuilder output = new StringBuilder();
        Thread pump = new Thread(() -> copyLines(process, output), "contract-lint-output");
        pump.setDaemon(true);
        pump.start();

        if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            pump.join(TimeUnit.SECONDS.toMillis(10));
            fail(script + " did not finish within " + TIMEOUT.toMinutes() + " minutes; its output:\n" + text(output));
        }
        pump.join();
        int exit = process.exitValue();
        assertEquals(0, exit, () -> script + " failed with exit code " + exit + "; its output:\n" + text(output));
    }

    /** Prints each line of the script's output as it comes and keeps it for the failure message. */
    private static void copyLines(Process process, StringBuilder output) {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                System.out.println(line);
                synchronized (output) {
                    output.append(line).append('\n');
                }
            }
        } catch (IOException e) {
            synchronized (output) {
                output.append("(reading the script's output failed: ").append(e).append(")\n");
            }
        }
    }

    private static String text(StringBuilder output) {
        synchronized (output) {
            return output.toString();
        }
    }
}
