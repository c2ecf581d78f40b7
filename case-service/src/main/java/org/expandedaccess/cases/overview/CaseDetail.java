package org.expandedaccess.cases.overview;

import org.expandedaccess.cases.lifecycle.CaseStatus;
import org.expandedaccess.cases.lifecycle.CaseView;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.expandedaccess.cases.gates.GateStatus;
import org.expandedaccess.cases.triage.NoteView;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

@Schema(name = "Case", description = "Everything about one case on one page.")
public record CaseDetail(
        @Schema(description = "The case as the queue lists it", required = true) CaseView summary,
        @Schema(description = "Request version the case is on", required = true) int requestVersion,
        @Schema(description = "Request version the eligibility outcome refers to") Integer eligibilityRequestVersion,
        @Schema(description = "'screening', or the medical reviewer who overrode it") String eligibilityDecidedBy,
        NextAction nextAction,
        @Schema(description = "States the caller may move the case to now", required = true) Set<CaseStatus> allowedTransitions,
        @Schema(required = true) List<GateStatus> gates,
        Shipment shipment,
        @Schema(required = true) Treatment treatment,
        @Schema(description = "Notes the caller may read", required = true) List<NoteView> notes,
        @Schema(description = "Deadlines of the case, nearest first", required = true) List<org.expandedaccess.cases.deadlines.DeadlineView> deadlines,
        @Schema(description = "Deviations of the recorded sessions from the program", required = true) List<org.expandedaccess.cases.treatment.Deviation> deviations) {

    public record Shipment(String lot, Integer quantity, String trackingReference, LocalDate shippedOn) {
    }

    public record Treatment(LocalDate startedOn, LocalDate completedOn, String earlyEndReason,
                            LocalDate summarySubmittedOn, String summaryReference) {
    }
}
