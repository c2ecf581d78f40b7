package org.expandedaccess.intake.requests;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Request", description = "A submitted expanded access request.")
public record RequestView(
        @Schema(description = "Shared by every record of this request in every service.") UUID requestId,
        String programId,
        Request.Status status,
        int version,
        String patientInitials,
        String diagnosisCode,
        boolean emergency,
        @Schema(description = "Username of the requesting physician.") String physician,
        OffsetDateTime submittedAt) {

    static RequestView of(Request r) {
        return new RequestView(r.id, r.programId, r.status, r.version, r.patientInitials, r.diagnosisCode,
                r.emergency, r.ownerUsername, r.submittedAt);
    }
}
