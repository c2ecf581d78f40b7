package org.expandedaccess.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** Ready only while the OIDC provider (Keycloak) answers its discovery document. */
@Readiness
@ApplicationScoped
public class IdentityProviderReadiness implements HealthCheck {

    private final Optional<String> authServerUrl;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    IdentityProviderReadiness(@ConfigProperty(name = "quarkus.oidc.auth-server-url") Optional<String> authServerUrl) {
        this.authServerUrl = authServerUrl;
    }

    @Override
    public HealthCheckResponse call() {
        var builder = HealthCheckResponse.named("Identity provider (OIDC)");
        if (authServerUrl.isEmpty()) {
            return builder.down().withData("reason", "quarkus.oidc.auth-server-url is not set").build();
        }
        String url = authServerUrl.get().replaceAll("/+$", "") + "/.well-known/openid-configuration";
        builder.withData("url", authServerUrl.get());
        try {
            HttpResponse<Void> response = client.send(
                    HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return (response.statusCode() == 200 ? builder.up() : builder.down())
                    .withData("status", response.statusCode()).build();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return builder.down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
