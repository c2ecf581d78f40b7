package org.expandedaccess.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Set;

/**
 * Who is calling, read from the verified access token: subject (the owner key of physicians'
 * records), username, e-mail, the OAuth2 client (azp), the realm roles, and the integration client the
 * caller acts for: the client itself for a client-credentials token, the client whose
 * {@value #INTEGRATION_ADMIN} role a person holds (an integrator administrator signed in through the
 * portal, whose azp is the portal's), else none.
 */
public record Caller(String subject, String username, String email, String client, Set<String> roles,
                     String integratorClient) {

    public static final String PHYSICIAN = "physician";
    public static final String TRIAGER = "triager";
    public static final String MEDICAL_REVIEWER = "medical-reviewer";
    public static final String AUDITOR = "auditor";
    public static final String INTEGRATOR = "integrator";
    /** Runs the system: reads and replays dead-letter messages; sees no patient records. */
    public static final String OPERATOR = "operator";

    /** The service-account user Keycloak creates for a client with client credentials. */
    static final String SERVICE_ACCOUNT_PREFIX = "service-account-";

    public Caller(String subject, String username, String email, String client, Set<String> roles) {
        this(subject, username, email, client, roles, null);
    }

    /** The client role that makes a person an administrator of that integration client. */
    public static final String INTEGRATION_ADMIN = "integration-admin";

    /** The client whose {@value #INTEGRATION_ADMIN} role the token's person holds (Keycloak's resource_access claim). */
    static String administeredIntegration(JsonWebToken jwt) {
        Object access = jwt.getClaim("resource_access");
        if (access instanceof jakarta.json.JsonObject clients) {
            for (var entry : clients.entrySet()) {
                if (entry.getValue() instanceof jakarta.json.JsonObject c
                        && c.get("roles") instanceof jakarta.json.JsonArray roles
                        && roles.stream().anyMatch(r -> r instanceof jakarta.json.JsonString js
                        && js.getString().equals(INTEGRATION_ADMIN))) {
                    return entry.getKey();
                }
            }
        }
        return null;
    }

    public static Caller of(JsonWebToken jwt, SecurityIdentity identity) {
        String username = jwt.getClaim("preferred_username");
        String name = username != null ? username : jwt.getSubject();
        String client = jwt.getClaim("azp");
        String integration = name.startsWith(SERVICE_ACCOUNT_PREFIX) ? client : administeredIntegration(jwt);
        return new Caller(jwt.getSubject(), name, jwt.getClaim("email"), client, Set.copyOf(identity.getRoles()),
                integration);
    }

    /** Sponsor staff and auditors see every record; physicians only their own (docs/regulatory/roles-and-permissions.md). */
    public boolean seesAll() {
        return roles.contains(TRIAGER) || roles.contains(MEDICAL_REVIEWER) || roles.contains(AUDITOR);
    }

    /**
     * True when the caller may see a record whose owning physician is {@code ownerUsername}.
     * Owners are keyed by realm username, not subject: an integrator names the physician it acts
     * for by username (docs/decisions/0005-owner-is-the-realm-username.md).
     */
    public boolean maySee(String ownerUsername) {
        return seesAll() || username.equals(ownerUsername);
    }
}
