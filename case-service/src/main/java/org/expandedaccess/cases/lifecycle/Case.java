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

    /** A new case for a submitted request, in SUBMITTED (the event was checked by the caller). */
    static Case openFor(RequestSubmitted event, String reference, OffsetDateTime now) {
        Case c = new Case();
        c.id = UUID.randomUUID();
        c.reference = reference;
        c.requestId = event.requestId();
        c.requestVersion = event.version() != null ? event.version() : 1;
        c.programId = event.programId() != null ? event.programId() : "mdma-ptsd";
        c.status = CaseStatus.SUBMITTED;
        c.physicianId = event.physician().id();
        c.physicianUsername = event.physician().username();
        c.submittedByClient = event.submittedByClient();
        c.patientInitials = event.patient().initials();
        c.diagnosisCode = event.diagnosisCode();
        c.emergency = event.emergencyUse();
        c.submittedAt = event.submittedAt() != null ? event.submittedAt() : now;
        c.openedAt = now;
        c.statusChangedAt = now;
        return c;
    }

    /** The request was amended to a newer version. */
    void amendedTo(int version) {
        requestVersion = version;
    }

    /** Assigned to a sponsor staff member, or unassigned ({@code null}). */
    public void assignTo(String username) {
        assignee = username;
    }

    /** The session plan generated when treatment started (JSON). */
    public void recordPlan(String planJson) {
        treatmentPlan = planJson;
    }

    /** The nearest open due date and whether an obligation is overdue, kept for the queue's order and filter. */
    public void keepDeadlines(LocalDate nearestDue, boolean anyOverdue) {
        nextDueDate = nearestDue;
        overdue = anyOverdue;
    }

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
