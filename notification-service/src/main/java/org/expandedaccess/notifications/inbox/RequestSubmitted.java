package org.expandedaccess.notifications.inbox;

import java.util.UUID;

/**
 * What this service reads of {@code org.expandedaccess.request.submitted.v1}
 * (docs/events/request.submitted.v1.schema.json); other fields are ignored.
 */
public record RequestSubmitted(UUID requestId, Physician physician, Patient patient, Emergency emergency) {

    public static final String TYPE = "org.expandedaccess.request.submitted.v1";

    public record Physician(String id, String username) {
    }

    public record Patient(String initials) {
    }

    public record Emergency(boolean emergency) {
    }

    boolean emergencyUse() {
        return emergency != null && emergency.emergency();
    }
}
