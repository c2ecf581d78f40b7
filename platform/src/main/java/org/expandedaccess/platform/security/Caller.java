package org.expandedaccess.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Set;

/**
 * Who is calling, read from the verified access token: subject (the owner key of physicians'
 * records), username, e-mail, the OAuth2 client (azp) and the realm roles.
 */
public record Caller(String subject, String username, String email, String client, Set<String> roles) {

    public static final String PHYSICIAN = "physician";
    public static final String TRIAGER = "triager";
    public static final String MEDICAL_REVIEWER = "medical-reviewer";
    public static final String AUDITOR = "auditor";
    public static final String INTEGRATOR = "integrator";
    /** Runs the system: reads and replays dead-letter messages; sees no patient records. */
    public static final String OPERATOR = "operator";

    public static Caller of(JsonWebToken jwt, SecurityIdentity identity) {
        String username = jwt.getClaim("preferred_username");
        return new Caller(jwt.getSubject(), username != null ? username : jwt.getSubject(),
                jwt.getClaim("email"), jwt.getClaim("azp"), Set.copyOf(identity.getRoles()));
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
