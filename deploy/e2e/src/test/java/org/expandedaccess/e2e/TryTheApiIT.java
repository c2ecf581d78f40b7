package org.expandedaccess.e2e;

import org.expandedaccess.stack.StackConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's "Try the API" section, run as a reader would paste it: every {@code bash} block of the section,
 * in order, in one shell, from a folder that has the project's {@code docs/}; only the local stack's ports are
 * moved to this run's. Three times in a row, so a block that races the pipeline (reading a case before it
 * exists) fails here rather than for a reader. Each run must end well and show what the README says it shows.
 */
@ExtendWith(RunningSystem.class)
class TryTheApiIT {

    private static final int RUNS = 3;

    @Test
    void theReadmeBlocksWorkAsWrittenEveryTime() throws Exception {
        Path root = Path.of(System.getProperty("ea.project-root", "../..")).toAbsolutePath().normalize();
        String script = withStackPorts(blocks(Files.readString(root.resolve("README.md"))), RunningSystem.config());
        for (int run = 1; run <= RUNS; run++) {
            Path folder = Files.createTempDirectory("try-the-api");
            Files.createSymbolicLink(folder.resolve("docs"), root.resolve("docs"));
            long start = System.nanoTime();
            Process shell = new ProcessBuilder("bash", "-e", "-o", "pipefail", "-c", script)
                    .directory(folder.toFile()).redirectErrorStream(true).start();
            String output = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(shell.waitFor(3, TimeUnit.MINUTES), "run " + run + " finishes");
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertEquals(0, shell.exitValue(), "run " + run + " of the README's blocks failed:\n" + output);

            assertTrue(output.contains("\"complete\":true"), "completeness of the example:\n" + output);
            assertTrue(output.contains("\"status\":\"SUBMITTED\""), "submitted:\n" + output);
            assertTrue(output.contains("\"outcome\":\"ELIGIBLE\""), "the screening:\n" + output);
            assertTrue(output.contains("\"status\":\"AUTHORIZING\""), "approved with the LOA:\n" + output);
            assertTrue(output.contains("\"gate\":\"FDA\"") && output.contains("\"receivedByFdaOn\":\""),
                    "the FDA gate recorded:\n" + output);
            assertTrue(output.contains("\"status\":409"), "the illegal move's problem:\n" + output);
            assertFalse(output.contains("\"status\":422"), "no step refused as invalid (a date in the sponsor's future):\n" + output);
            assertTrue(output.contains("\"status\":400"), "the bad input's problem:\n" + output);
            assertTrue(output.contains("saved form-3926-draft.pdf"), "the PDF download:\n" + output);
            byte[] pdf = Files.readAllBytes(folder.resolve("form-3926-draft.pdf"));
            assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII), "a PDF, not an error body");
            assertTrue(output.contains("\"physician\":\"dr.alice\"") && output.contains("\"submittedByClient\":\"ea-integration-demo\""),
                    "the integrator's submission on dr.alice's behalf:\n" + output);
            assertFalse(output.contains("curl: ("), "no curl error:\n" + output);
            System.out.printf("e2e: README's Try the API, run %d of %d: passed in %d ms%n", run, RUNS, ms);
            RunningSystem.deleteRecursively(folder);
        }
    }

    /** The bash blocks of the "Try the API" section, in order, as one script. */
    static String blocks(String readme) {
        int section = readme.indexOf("\n## Try the API");
        assertTrue(section >= 0, "README.md has a \"Try the API\" section");
        int end = readme.indexOf("\n## ", section + 1);
        String text = readme.substring(section, end < 0 ? readme.length() : end);
        Matcher m = Pattern.compile("```bash\n(.*?)```", Pattern.DOTALL).matcher(text);
        List<String> blocks = new ArrayList<>();
        while (m.find()) {
            blocks.add(m.group(1));
        }
        assertFalse(blocks.isEmpty(), "the section has bash blocks");
        return String.join("\n", blocks);
    }

    /** The local stack's ports (deploy/local) replaced by this run's. */
    static String withStackPorts(String script, StackConfig config) {
        Map<String, Integer> ports = Map.of("8180", config.keycloakPort(), "8081", config.intakePort(),
                "8082", config.eligibilityPort(), "8083", config.casePort(), "8084", config.notificationPort());
        Matcher m = Pattern.compile("localhost:(\\d{4})\\b").matcher(script);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Integer port = ports.get(m.group(1));
            assertTrue(port != null, "the README calls a port this test does not know: " + m.group());
            m.appendReplacement(out, "localhost:" + port);
        }
        m.appendTail(out);
        return out.toString();
    }
}
