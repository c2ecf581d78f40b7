package org.expandedaccess.portal;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/**
 * One WireMock server standing in for the four services (their paths do not overlap) and for Keycloak's
 * discovery document, so the portal's tests need nothing running. Tests add their own stubs.
 */
public class ServicesStandIn implements QuarkusTestResourceLifecycleManager {

    static WireMockServer server;

    public static WireMockServer server() {
        return server;
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        String base = "http://localhost:" + server.port();
        String realm = base + "/realms/expanded-access";
        server.stubFor(get(urlEqualTo("/realms/expanded-access/.well-known/openid-configuration"))
                .atPriority(1)
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("""
                        {"issuer": "%1$s", "authorization_endpoint": "%1$s/protocol/openid-connect/auth",
                         "token_endpoint": "%1$s/protocol/openid-connect/token",
                         "jwks_uri": "%1$s/protocol/openid-connect/certs",
                         "end_session_endpoint": "%1$s/protocol/openid-connect/logout",
                         "userinfo_endpoint": "%1$s/protocol/openid-connect/userinfo"}""".formatted(realm))));
        server.stubFor(get(urlEqualTo("/realms/expanded-access/protocol/openid-connect/certs")).atPriority(1)
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{\"keys\": []}")));
        return Map.of(
                "quarkus.oidc.auth-server-url", realm,
                "quarkus.rest-client.intake.url", base,
                "quarkus.rest-client.eligibility.url", base,
                "quarkus.rest-client.cases.url", base,
                "quarkus.rest-client.notifications.url", base);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
