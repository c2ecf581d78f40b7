package org.expandedaccess.cases.gates;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;

@Schema(name = "GateStatus", description = "One regulatory gate of a case: whether it is recorded and satisfied, and why.")
public record GateStatus(
        @Schema(required = true) Gate gate,
        @Schema(required = true) String title,
        @Schema(required = true) boolean recorded,
        @Schema(required = true) boolean satisfied,
        @Schema(description = "Plain words: what is recorded, or what is still needed", required = true) String explanation,
        @Schema(description = "For the FDA gate recorded as SUBMITTED: the day the IND takes effect") LocalDate satisfiedFrom,
        @Schema(description = "What was recorded (the gate's own fields)") Object details,
        String recordedBy,
        OffsetDateTime recordedAt,
        @Schema(description = "Roles that may record this gate", required = true) Set<String> recordedByRoles,
        @Schema(required = true) String source) {
}
