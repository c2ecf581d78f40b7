package org.expandedaccess.eligibility.screening;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Screening", description = "Where the screening of a request stands.")
public record ScreeningView(UUID requestId, String programId, Screening.Status status, OffsetDateTime receivedAt) {

    static ScreeningView of(Screening s) {
        return new ScreeningView(s.requestId, s.programId, s.status, s.receivedAt);
    }
}
