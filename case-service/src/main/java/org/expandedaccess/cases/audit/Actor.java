package org.expandedaccess.cases.audit;

import org.expandedaccess.platform.security.Caller;

/** Who made a change: a person with their realm role, or a service acting on an event (role "system"). */
public record Actor(String username, String role) {

    public static final String SYSTEM = "system";

    /** This service, for the moves it makes by itself. */
    public static final Actor CASE_SERVICE = system("case-service");

    public static Actor system(String service) {
        return new Actor(service, SYSTEM);
    }

    /** The service that published an event, named by its CloudEvents source ("/intake-service"). */
    public static Actor fromSource(String ceSource, String fallback) {
        if (ceSource == null || ceSource.isBlank()) {
            return system(fallback);
        }
        return system(ceSource.startsWith("/") ? ceSource.substring(1) : ceSource);
    }

    /** The caller's acting role: the first of their roles that may change cases, most specific first. */
    public static Actor of(Caller caller) {
        for (String role : new String[] {Caller.MEDICAL_REVIEWER, Caller.TRIAGER, Caller.PHYSICIAN, Caller.AUDITOR,
                Caller.INTEGRATOR}) {
            if (caller.roles().contains(role)) {
                return new Actor(caller.username(), role);
            }
        }
        return new Actor(caller.username(), "none");
    }

    public boolean isSystem() {
        return SYSTEM.equals(role);
    }
}
