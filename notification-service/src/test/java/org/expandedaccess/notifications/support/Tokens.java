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
}
