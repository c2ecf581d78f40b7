package org.expandedaccess.cases.support;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A local HTTP server standing in for intake-service's {@code GET /api/v1/requests/{id}} in case-service's
 * own tests: it answers any request id with the complete example request, 401 without a bearer token, and
 * can be made slower than case-service waits, as an unresponsive intake would be. The end-to-end tests use
 * the real intake-service.
 */
public class IntakeStandIn implements QuarkusTestResourceLifecycleManager {

    public static volatile boolean unresponsive;
    public static volatile String lastAuthorization;

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            String content = Files.readString(Path.of("..", "docs", "examples", "complete-request.json"));
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/api/v1/requests/", exchange -> {
                lastAuthorization = exchange.getRequestHeaders().getFirst("Authorization");
                if (unresponsive) {
                    sleep(8000);
                }
                String id = exchange.getRequestURI().getPath().substring("/api/v1/requests/".length());
                int status = lastAuthorization == null || !lastAuthorization.startsWith("Bearer ") ? 401 : 200;
                byte[] body = (status == 200 ? "{\"requestId\": \"" + id + "\", \"status\": \"SUBMITTED\", \"version\": 1,"
                        + " \"programId\": \"mdma-ptsd\", \"emergency\": false, \"physician\": \"dr.form\","
                        + " \"submittedByClient\": \"ea-portal\", \"submittedAt\": \"2026-11-27T17:30:00Z\", \"content\": "
                        + content + "}" : "{}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(status, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return Map.of("ea.cases.intake-url", "http://127.0.0.1:" + server.getAddress().getPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
