package org.expandedaccess.cases.lifecycle;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What this service reads of {@code org.expandedaccess.request.submitted.v1}
 * (docs/events/request.submitted.v1.schema.json); other fields are ignored.
 */
public record RequestSubmitted(UUID requestId, Integer version, String programId, OffsetDateTime submittedAt,
                               Physician physician, String submittedByClient, Patient patient, Clinical clinical,
                               Emergency emergency) {

    public static final String TYPE = "org.expandedaccess.request.submitted.v1";

    public record Physician(String id, String username) {
    }

    public record Patient(String initials) {
    }

    public record Clinical(String diagnosisCode) {
    }

    public record Emergency(boolean emergency, LocalDate fdaPhoneAuthorizationDate, String fdaIndNumber) {
    }

    String diagnosisCode() {
        return clinical == null ? null : clinical.diagnosisCode();
    }

    boolean emergencyUse() {
        return emergency != null && emergency.emergency();
    }
}
