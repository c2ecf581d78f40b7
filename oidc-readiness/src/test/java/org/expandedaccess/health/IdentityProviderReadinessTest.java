package org.expandedaccess.health;

import com.sun.net.httpserver.HttpServer;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Up while the provider answers its discovery document; down, with why, while it does not, and up again after. */
class IdentityProviderReadinessTest {

    static HealthCheckResponse ask(IdentityProviderReadiness check) {
        return check.call().await().atMost(Duration.ofSeconds(10));
    }

    @Test
    void followsTheProviderDownAndUpAgain() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        IdentityProviderReadiness check = new IdentityProviderReadiness(
                Optional.of("http://127.0.0.1:" + port + "/realms/expanded-access/"));
        HealthCheckResponse before = ask(check);
        assertEquals(HealthCheckResponse.Status.DOWN, before.getStatus(), "nothing listens yet");
        assertEquals(Optional.of("ConnectException"), before.getData().map(d -> d.get("error")));

        AtomicInteger status = new AtomicInteger(200);
        HttpServer provider = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        provider.createContext("/realms/expanded-access/.well-known/openid-configuration", exchange -> {
            exchange.sendResponseHeaders(status.get(), -1);
            exchange.close();
        });
        provider.start();
        try {
            assertEquals(HealthCheckResponse.Status.UP, ask(check).getStatus(), "the provider came up: ready, no restart");
            status.set(503);
            HealthCheckResponse starting = ask(check);
            assertEquals(HealthCheckResponse.Status.DOWN, starting.getStatus());
            assertEquals(Optional.of(503L), starting.getData().map(d -> ((Number) d.get("status")).longValue()));
        } finally {
            provider.stop(0);
        }
    }

    @Test
    void downWithoutAProviderConfigured() {
        HealthCheckResponse r = ask(new IdentityProviderReadiness(Optional.empty()));
        assertEquals(HealthCheckResponse.Status.DOWN, r.getStatus());
        assertEquals(Optional.of("quarkus.oidc.auth-server-url is not set"), r.getData().map(d -> d.get("reason")));
    }
}
