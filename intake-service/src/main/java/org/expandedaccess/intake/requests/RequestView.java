package org.expandedaccess.intake.requests;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.expandedaccess.intake.rules.RequestContent;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Request", description = "An expanded access request: a draft, or submitted (latest version), or withdrawn.")
public record RequestView(
        @Schema(description = "Shared by every record of this request in every service.", required = true) UUID requestId,
        @Schema(required = true) Request.Status status,
        @Schema(description = "0 while a draft; 1 on submission, +1 per amendment.", required = true) int version,
        String programId,
        @Schema(required = true) boolean emergency,
        @Schema(description = "Realm username of the owning physician.", required = true) String physician,
        @Schema(description = "OAuth2 client that created it (ea-portal, or an integrator's client id).", required = true) String submittedByClient,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(required = true) OffsetDateTime updatedAt,
        OffsetDateTime submittedAt,
        OffsetDateTime withdrawnAt,
        String withdrawReason,
        @Schema(description = "When the case was approved or declined; no amendments after that.") OffsetDateTime decidedAt,
        RequestContent content) {
}
