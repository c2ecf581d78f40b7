package org.expandedaccess.cases.lifecycle;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What this service reads of {@code org.expandedaccess.request.submitted.v1}
 * (docs/events/request.submitted.v1.schema.json); other fields are ignored.
 */
public record RequestSubmitted(UUID requestId, String programId, OffsetDateTime submittedAt, Physician physician,
                               Patient patient, String diagnosisCode, boolean emergency) {

    public static final String TYPE = "org.expandedaccess.request.submitted.v1";

    public record Physician(String id, String username) {
    }

    public record Patient(String initials) {
    }
}
