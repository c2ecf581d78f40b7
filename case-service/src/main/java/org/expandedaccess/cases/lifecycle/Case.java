package org.expandedaccess.cases.lifecycle;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One expanded access case, opened from a submitted request. Owner = the requesting physician. */
@Entity
@Table(name = "ea_case")
public class Case {

    @Id
    public UUID id;
    public String reference;
    public UUID requestId;
    public String programId;
    @Enumerated(EnumType.STRING)
    public CaseStatus status;
    public String physicianId;
    public String physicianUsername;
    public String patientInitials;
    public String diagnosisCode;
    public boolean emergency;
    public OffsetDateTime submittedAt;
    public OffsetDateTime openedAt;
    public OffsetDateTime statusChangedAt;
    public String submittedByClient;
    public int requestVersion;
    @Enumerated(EnumType.STRING)
    public EligibilityOutcome eligibilityOutcome;
    public Integer eligibilityRequestVersion;
    /** "screening" for the automatic determination, else the medical reviewer who overrode it. */
    public String eligibilityDecidedBy;
    public String assignee;
    /** The nearest open deadline (kept by the deadline service), for the triage order. */
    public LocalDate nextDueDate;
    public boolean overdue;
    public String shipmentLot;
    public Integer shipmentQuantity;
    public String shipmentTracking;
    public LocalDate shippedOn;
    public LocalDate treatmentStartedOn;
    public LocalDate treatmentCompletedOn;
    public String earlyEndReason;
    public LocalDate summarySubmittedOn;
    public String summaryReference;
    /** The session plan generated when treatment started (JSON list of planned sessions). */
    public String treatmentPlan;

    /** Screening found the request, as it now stands, ELIGIBLE: a triager may approve it. */
    public boolean screenedEligible() {
        return eligibilityOutcome == EligibilityOutcome.ELIGIBLE && eligibilityIsCurrent();
    }

    /** The screening outcome applies to the request as it now stands (not to an earlier version). */
    public boolean eligibilityIsCurrent() {
        return eligibilityOutcome != null && eligibilityRequestVersion != null && eligibilityRequestVersion >= requestVersion;
    }

    // ------------------------------------------------------------ what happens to a case (checked by the services)

    /** The case moves to another state (the transition table was checked by the caller). */
    void changeStatus(CaseStatus to, OffsetDateTime at) {
        status = to;
        statusChangedAt = at;
    }

    /** The screening outcome (or a medical reviewer's override) for a version of the request. */
    void recordEligibility(EligibilityOutcome outcome, int version, String decider) {
        eligibilityOutcome = outcome;
        eligibilityRequestVersion = version;
        eligibilityDecidedBy = decider;
    }

    public void recordShipment(String lot, int quantity, String trackingReference, LocalDate on) {
        shipmentLot = lot;
        shipmentQuantity = quantity;
        shipmentTracking = trackingReference;
        shippedOn = on;
    }

    public void startTreatment(LocalDate on) {
        treatmentStartedOn = on;
    }

    /** Treatment ends: completed as planned ({@code earlyEndReason} null) or ended early for that reason. */
    public void completeTreatment(LocalDate on, String earlyEndReason) {
        treatmentCompletedOn = on;
        this.earlyEndReason = earlyEndReason;
    }

    /** The written treatment summary sent to FDA (21 CFR 312.310(c)(2)). */
    public void recordTreatmentSummary(LocalDate submittedOn, String reference) {
        summarySubmittedOn = submittedOn;
        summaryReference = reference;
    }
}
