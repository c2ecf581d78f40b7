package org.expandedaccess.cases.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "AuditEntry", description = "One change to a case. Entries are never changed or deleted; each carries "
        + "the hash of the one before it, so any alteration breaks the chain (GET .../audit/verify).")
public record AuditEntry(
        UUID caseId,
        @Schema(description = "1 for the first entry of the case, +1 for each next") int seq,
        @Schema(description = "Server time of the change") OffsetDateTime at,
        String actor,
        @Schema(description = "Realm role of the actor, or 'system' for changes driven by events") String role,
        @Schema(example = "STATUS_CHANGED") String action,
        String oldValue,
        String newValue,
        @Schema(description = "Coded facts behind the change (references, dates, rules); never a person's words") String reason,
        String prevHash,
        String hash,
        @Schema(description = "SHA-256 (hex) of the person's own words when they gave some; part of the hashed entry")
        String statementSha256,
        @Schema(description = "The person's own words (a reason, a note), kept by case-service beside the trail and "
                + "shown only through this API; null when none were given") String statement) {
}
