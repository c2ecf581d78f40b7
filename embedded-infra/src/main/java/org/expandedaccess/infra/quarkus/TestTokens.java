package org.expandedaccess.infra.quarkus;

import io.smallrye.jwt.build.Jwt;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Set;

/**
 * Signed access tokens for {@code @QuarkusTest}s that run against
 * {@code io.quarkus.test.oidc.server.OidcWiremockTestResource}: same issuer and signing key as that
 * mock server, with the claims our services read from Keycloak tokens (sub, preferred_username,
 * email, roles, aud {@code ea-api}).
 */
public final class TestTokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "ea-api";

    private TestTokens() {
    }

    /** The token subject our tests give a user: stable, and different for every user. */
    public static String subjectOf(String username) {
        return "sub-" + username;
    }

    /** A valid token for {@code username} with the given realm roles. */
    public static String token(String username, String... roles) {
        return builder(username, AUDIENCE, roles).jws().keyId("1").sign();
    }

    /** A token for another audience, which the services must refuse. */
    public static String tokenForAudience(String username, String audience, String... roles) {
        return builder(username, audience, roles).jws().keyId("1").sign();
    }

    /** A well-formed token signed by a key the identity provider never published. */
    public static String tokenSignedByUnknownKey(String username, String... roles) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return builder(username, AUDIENCE, roles).jws().keyId("1").sign(generator.generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static io.smallrye.jwt.build.JwtClaimsBuilder builder(String username, String audience, String... roles) {
        return Jwt.issuer(ISSUER)
                .subject(subjectOf(username))
                .preferredUserName(username)
                .claim("email", username.replace("dr.", "") + "@clinic.example")
                .claim("azp", "ea-portal")
                .audience(audience)
                .groups(Set.of(roles))
                .expiresIn(600);
    }
}
