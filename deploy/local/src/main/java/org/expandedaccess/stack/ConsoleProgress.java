package org.expandedaccess.stack;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/** Progress as short timestamped lines, readable on a terminal and in a redirected log file alike. */
public final class ConsoleProgress implements ProgressListener {

    private final PrintStream out;
    private final long startNanos = System.nanoTime();
    private final BiConsumer<String, ProcessHandle> processRecorder;

    public ConsoleProgress(PrintStream out) {
        this(out, (component, process) -> { });
    }

    /** @param processRecorder told about every child process, e.g. to write it to the pid file */
    public ConsoleProgress(PrintStream out, BiConsumer<String, ProcessHandle> processRecorder) {
        this.out = out;
        this.processRecorder = processRecorder;
    }

    @Override
    public void processStarted(String component, ProcessHandle process) {
        processRecorder.accept(component, process);
    }

    @Override
    public void starting(String component) {
        line(component, "starting...");
    }

    @Override
    public void ready(String component, Duration took) {
        line(component, String.format(Locale.ROOT, "ready (%.1f s)", took.toMillis() / 1000.0));
    }

    @Override
    public void waiting(List<String> pending, Duration elapsed) {
        line("", "still waiting for " + String.join(", ", pending)
                + " (" + elapsed.toSeconds() + " s elapsed)");
    }

    @Override
    public void stopped(String component) {
        line(component, "stopped");
    }

    @Override
    public void message(String component, String text) {
        line(component, text);
    }

    /** The closing table: where everything is and how to log in. */
    public void summary(StackConfig config) {
        StringBuilder b = new StringBuilder("\n");
        row(b, "COMPONENT", "URL");
        for (StackConfig.Service s : config.serviceList()) {
            // the portal is a web site for people; the services are APIs with their Swagger UI
            row(b, s.module(), s.database() == null ? config.portalUrl() + "   (sign in with a demo login below)"
                    : "http://localhost:" + s.port() + "/q/swagger-ui");
        }
        row(b, "keycloak", config.keycloakUrl() + "/admin   (admin / admin)");
        row(b, "smtp", "localhost:" + config.smtpPort() + "   (GreenMail, accepts any mail)");
        row(b, "postgres", "jdbc:postgresql://localhost:" + config.postgresPort()
                + "/<db>   (db = user = password: intake, eligibility, cases, notification)");
        row(b, "kafka", "localhost:" + config.kafkaPort() + "   (topics: " + String.join(", ", Stack.TOPICS) + ", *.dlq)");
        row(b, "logs", config.logDir().toString());
        b.append('\n')
                .append("Demo logins (password 'demo'): dr.alice, dr.bob (physician), tess.triage (triager),\n")
                .append("  mark.reviewer (medical-reviewer), audrey.audit (auditor), ivan.integrator (integrator admin),\n")
                .append("  otto.operator (operator: dead letters, metrics)\n")
                .append("Integration client: ea-integration-demo / ea-integration-demo-secret (client credentials)\n")
                .append("Get a token:\n")
                .append("  curl -s -d grant_type=password -d client_id=ea-portal -d username=dr.alice -d password=demo ")
                .append(config.issuerUrl())
                .append("/protocol/openid-connect/token | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/'\n");
        out.println(b);
        out.flush();
    }

    private static void row(StringBuilder b, String left, String right) {
        b.append(String.format(Locale.ROOT, "  %-22s %s%n", left, right));
    }

    public void println(String text) {
        out.println(text);
        out.flush();
    }

    private void line(String component, String text) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        String prefix = String.format(Locale.ROOT, "[%5.1fs] %-21s", seconds, component);
        // a multi-line message (an exception chain) stays readable under the prefix
        String body = text.lines().collect(Collectors.joining("\n" + " ".repeat(prefix.length() + 1)));
        synchronized (out) {
            out.println(prefix + " " + body);
            out.flush();
        }
    }
}
