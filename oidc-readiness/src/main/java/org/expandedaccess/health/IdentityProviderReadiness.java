package org.expandedaccess.health;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * Ready only while the OIDC provider (Keycloak) answers its discovery document, asked on every call without
 * blocking a thread.
 *
 * <p>Not Quarkus OIDC's own check ({@code quarkus.oidc.health.enabled}): that one reports a tenant as "Not Ready"
 * until it has been initialised, and a tenant whose provider was unreachable at start is initialised only by the
 * first request that needs it. Readiness keeps that request away, so a service or portal started while Keycloak
 * was down would never become ready (seen when the local stack started the services beside Keycloak). This check
 * asks the provider itself; the tenant initialises on the first request once the instance is ready.
 */
@Readiness
@ApplicationScoped
public class IdentityProviderReadiness implements AsyncHealthCheck {

    static final String NAME = "Identity provider (OIDC)";

    private final Optional<String> authServerUrl;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    IdentityProviderReadiness(@ConfigProperty(name = "quarkus.oidc.auth-server-url") Optional<String> authServerUrl) {
        this.authServerUrl = authServerUrl;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        var builder = HealthCheckResponse.named(NAME);
        if (authServerUrl.isEmpty()) {
            return Uni.createFrom().item(builder.down().withData("reason", "quarkus.oidc.auth-server-url is not set").build());
        }
        String url = authServerUrl.get().replaceAll("/+$", "") + "/.well-known/openid-configuration";
        builder.withData("url", authServerUrl.get());
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).GET().build();
        return Uni.createFrom().completionStage(() -> client.sendAsync(request, HttpResponse.BodyHandlers.discarding()))
                .map(response -> (response.statusCode() == 200 ? builder.up() : builder.down())
                        .withData("status", response.statusCode()).build())
                .onFailure().recoverWithItem(e -> builder.down().withData("error", e.getClass().getSimpleName()).build());
    }
}
