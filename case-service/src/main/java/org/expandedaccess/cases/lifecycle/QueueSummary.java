package org.expandedaccess.cases.lifecycle;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

@Schema(name = "QueueSummary", description = "Cases per status, open emergencies and open cases with an overdue deadline.")
public record QueueSummary(Map<CaseStatus, Long> byStatus, long openEmergencies, long openOverdue) {
}
