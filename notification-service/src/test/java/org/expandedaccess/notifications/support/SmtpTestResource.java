package org.expandedaccess.notifications.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.expandedaccess.infra.Ports;
import org.expandedaccess.infra.SmtpServer;

import java.util.Map;

/** A real SMTP server (GreenMail) for the test run; tests read what arrived and may stop and restart it. */
public class SmtpTestResource implements QuarkusTestResourceLifecycleManager {

    private static volatile SmtpServer server;
    private static volatile int port;

    @Override
    public Map<String, String> start() {
        port = Ports.freePort();
        server = SmtpServer.start(port);
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", String.valueOf(port),
                "quarkus.mailer.mock", "false");
    }

    public static SmtpServer server() {
        return server;
    }

    /** Simulates an outage: the port refuses connections until {@link #restart()}. */
    public static synchronized void stopServer() {
        server.close();
    }

    public static synchronized void restart() {
        server = SmtpServer.start(port);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
    }
}
