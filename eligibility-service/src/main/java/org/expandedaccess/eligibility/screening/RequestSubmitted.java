package org.expandedaccess.eligibility.screening;

import java.util.UUID;

/**
 * What this service reads of {@code org.expandedaccess.request.submitted.v1}
 * (docs/events/request.submitted.v1.schema.json); other fields are ignored.
 */
public record RequestSubmitted(UUID requestId, String programId, Physician physician) {

    public static final String TYPE = "org.expandedaccess.request.submitted.v1";

    public record Physician(String id) {
    }
}
