package org.expandedaccess.intake.requests;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Payload of {@code org.expandedaccess.request.submitted.v1} on {@code ea.requests}; the contract is
 * docs/events/request.submitted.v1.schema.json. Initials and coded facts only.
 */
public record RequestSubmitted(UUID requestId, int version, String programId, OffsetDateTime submittedAt,
                               Physician physician, String submittedByClient, Patient patient,
                               String diagnosisCode, boolean emergency) {

    public static final String TYPE = "org.expandedaccess.request.submitted.v1";
    public static final String TOPIC = "ea.requests";

    public record Physician(String id, String username, String email) {
    }

    public record Patient(String initials) {
    }

    static RequestSubmitted of(Request r) {
        return new RequestSubmitted(r.id, r.version, r.programId, r.submittedAt,
                new Physician(r.ownerId, r.ownerUsername, r.ownerEmail), r.submittedBy,
                new Patient(r.patientInitials), r.diagnosisCode, r.emergency);
    }
}
