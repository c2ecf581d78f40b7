package org.expandedaccess.cases.lifecycle;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

@Schema(name = "QueueSummary", description = "Cases per status and open emergencies.")
public record QueueSummary(Map<CaseStatus, Long> byStatus, long openEmergencies) {
}
