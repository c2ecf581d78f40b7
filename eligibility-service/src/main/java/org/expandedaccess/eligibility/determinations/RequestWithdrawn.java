package org.expandedaccess.eligibility.determinations;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What this service reads of {@code org.expandedaccess.request.withdrawn.v1}. */
public record RequestWithdrawn(UUID requestId, String programId, RequestContent.Physician physician,
                               OffsetDateTime withdrawnAt) {

    public static final String TYPE = "org.expandedaccess.request.withdrawn.v1";
}
