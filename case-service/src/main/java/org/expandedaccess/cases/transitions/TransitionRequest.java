package org.expandedaccess.cases.transitions;

import org.expandedaccess.cases.lifecycle.CaseStatus;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.expandedaccess.cases.gates.GateDetails;

import java.time.LocalDate;

@Schema(name = "TransitionRequest", description = "Move a case to another state. What else is needed depends on "
        + "the move (see the service README): a reason to decline, request information or send to review; the LOA "
        + "to approve; the shipment to ship; the start date to start treatment; completion or a reason to end early; "
        + "the treatment summary to close.")
public record TransitionRequest(
        @Schema(required = true, example = "APPROVED") CaseStatus to,
        @Schema(maxLength = 2000, example = "Screening and review found the request complete and eligible.") String reason,
        @Schema(description = "Required to approve") GateDetails.Loa loa,
        @Schema(description = "Required to ship") Shipment shipment,
        @Schema(description = "Required to start treatment", example = "2027-01-11") LocalDate treatmentStartedOn,
        @Schema(description = "To complete treatment before every planned dosing session is recorded", maxLength = 2000)
        String earlyEndReason,
        @Schema(description = "The day treatment was completed or ended; defaults to today. Not in the future, not "
                + "before the last recorded session", example = "2027-03-01") LocalDate treatmentCompletedOn,
        @Schema(description = "Required to close") TreatmentSummary summary) {

    @Schema(name = "Shipment")
    public record Shipment(@Schema(example = "MDMA-2026-117") String lot,
                           @Schema(description = "Number of units (capsules)", example = "9") Integer quantity,
                           @Schema(example = "1Z999AA10123456784") String trackingReference,
                           @Schema(description = "Defaults to today") LocalDate shippedOn) {
    }

    @Schema(name = "TreatmentSummary", description = "The written summary of results and adverse effects sent to FDA, "
            + "21 CFR 312.310(c)(2).")
    public record TreatmentSummary(LocalDate submittedOn, @Schema(example = "IND 123456 SN 0004") String reference) {
    }
}
