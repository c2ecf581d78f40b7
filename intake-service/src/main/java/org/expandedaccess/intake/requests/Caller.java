package org.expandedaccess.intake.requests;

import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Set;

/** Who is calling, read from the verified access token. */
public record Caller(String subject, String username, String email, String client, Set<String> roles) {

    static Caller of(JsonWebToken jwt, Set<String> roles) {
        String username = jwt.getClaim("preferred_username");
        return new Caller(jwt.getSubject(), username != null ? username : jwt.getSubject(),
                jwt.getClaim("email"), jwt.getClaim("azp"), roles);
    }

    boolean isSponsorOrAuditor() {
        return roles.contains("triager") || roles.contains("medical-reviewer") || roles.contains("auditor");
    }
}
