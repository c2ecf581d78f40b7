package org.expandedaccess.portal.web;

import io.quarkus.oidc.IdToken;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is signed in and what their realm roles let them see; templates read it as {@code inject:viewer}. */
@RequestScoped
@Named("viewer")
public class Viewer {

    public static final String PHYSICIAN = "physician";
    public static final String TRIAGER = "triager";
    public static final String REVIEWER = "medical-reviewer";
    public static final String AUDITOR = "auditor";
    public static final String INTEGRATOR = "integrator";

    @Inject
    SecurityIdentity identity;

    @Inject
    @IdToken
    JsonWebToken idToken;

    public boolean signedIn() {
        return identity != null && !identity.isAnonymous();
    }

    public String username() {
        return signedIn() ? identity.getPrincipal().getName() : "";
    }

    public String displayName() {
        if (!signedIn()) {
            return "";
        }
        String name = idToken == null ? null : idToken.getClaim("name");
        return name == null || name.isBlank() ? username() : name;
    }

    public boolean physician() {
        return has(PHYSICIAN);
    }

    /** Triager or medical reviewer: works the queue. */
    public boolean staff() {
        return has(TRIAGER) || has(REVIEWER);
    }

    public boolean reviewer() {
        return has(REVIEWER);
    }

    public boolean auditor() {
        return has(AUDITOR);
    }

    public boolean integrator() {
        return has(INTEGRATOR);
    }

    /** Sees every case: staff and auditors. */
    public boolean seesAll() {
        return staff() || auditor();
    }

    public String roleWords() {
        if (reviewer()) {
            return "medical reviewer";
        }
        if (has(TRIAGER)) {
            return "triager";
        }
        if (auditor()) {
            return "auditor";
        }
        if (physician()) {
            return "physician";
        }
        return integrator() ? "integrator administrator" : "";
    }

    private boolean has(String role) {
        return signedIn() && identity.hasRole(role);
    }
}
