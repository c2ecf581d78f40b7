package org.expandedaccess.cases.lifecycle;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What this service reads of {@code org.expandedaccess.request.submitted.v1}
 * (docs/events/request.submitted.v1.schema.json); other fields are ignored.
 */
public record RequestSubmitted(UUID requestId, String programId, OffsetDateTime submittedAt, Physician physician,
                               Patient patient, Clinical clinical, Emergency emergency) {

    public static final String TYPE = "org.expandedaccess.request.submitted.v1";

    public record Physician(String id, String username) {
    }

    public record Patient(String initials) {
    }

    public record Clinical(String diagnosisCode) {
    }

    public record Emergency(boolean emergency) {
    }

    String diagnosisCode() {
        return clinical == null ? null : clinical.diagnosisCode();
    }

    boolean emergencyUse() {
        return emergency != null && emergency.emergency();
    }
}
