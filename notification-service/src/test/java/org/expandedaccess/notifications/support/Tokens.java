package org.expandedaccess.notifications.support;

import io.smallrye.jwt.build.Jwt;
import org.expandedaccess.infra.quarkus.TestTokens;

import java.util.Set;

/** Tokens as Keycloak issues them to an integrator's service account (client credentials): azp is the client id. */
public final class Tokens {

    private Tokens() {
    }

    public static String integrator(String clientId) {
        return Jwt.issuer(TestTokens.ISSUER)
                .subject("sub-service-account-" + clientId)
                .preferredUserName("service-account-" + clientId)
                .claim("azp", clientId)
                .audience(TestTokens.AUDIENCE)
                .groups(Set.of("integrator"))
                .expiresIn(600)
                .jws().keyId("1").sign();
    }

    /**
     * A person signed in through the portal (azp ea-portal) with the integrator role, administering
     * {@code clientId} when not null (Keycloak's client role integration-admin in resource_access).
     */
    public static String portalIntegrator(String username, String clientId) {
        var builder = Jwt.issuer(TestTokens.ISSUER)
                .subject("sub-" + username)
                .preferredUserName(username)
                .claim("azp", "ea-portal")
                .audience(TestTokens.AUDIENCE)
                .groups(Set.of("integrator"))
                .expiresIn(600);
        if (clientId != null) {
            builder.claim("resource_access", java.util.Map.of(clientId,
                    java.util.Map.of("roles", java.util.List.of("integration-admin"))));
        }
        return builder.jws().keyId("1").sign();
    }
}
