package org.expandedaccess.cases.lifecycle;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
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
public class Case extends PanacheEntityBase {

    @Id
    public UUID id;
    public String reference;
    @Column(name = "request_id")
    public UUID requestId;
    @Column(name = "program_id")
    public String programId;
    @Enumerated(EnumType.STRING)
    public CaseStatus status;
    @Column(name = "physician_id")
    public String physicianId;
    @Column(name = "physician_username")
    public String physicianUsername;
    @Column(name = "patient_initials")
    public String patientInitials;
    @Column(name = "diagnosis_code")
    public String diagnosisCode;
    public boolean emergency;
    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;
    @Column(name = "opened_at")
    public OffsetDateTime openedAt;
    @Column(name = "status_changed_at")
    public OffsetDateTime statusChangedAt;
    @Column(name = "submitted_by_client")
    public String submittedByClient;
    @Column(name = "request_version")
    public int requestVersion;
    @Enumerated(EnumType.STRING)
    @Column(name = "eligibility_outcome")
    public EligibilityOutcome eligibilityOutcome;
    @Column(name = "eligibility_request_version")
    public Integer eligibilityRequestVersion;
    /** "screening" for the automatic determination, else the medical reviewer who overrode it. */
    @Column(name = "eligibility_decided_by")
    public String eligibilityDecidedBy;
    public String assignee;
    /** The nearest open deadline (kept by the deadline service), for the triage order. */
    @Column(name = "next_due_date")
    public LocalDate nextDueDate;
    public boolean overdue;
    @Column(name = "shipment_lot")
    public String shipmentLot;
    @Column(name = "shipment_quantity")
    public Integer shipmentQuantity;
    @Column(name = "shipment_tracking")
    public String shipmentTracking;
    @Column(name = "shipped_on")
    public LocalDate shippedOn;
    @Column(name = "treatment_started_on")
    public LocalDate treatmentStartedOn;
    @Column(name = "treatment_completed_on")
    public LocalDate treatmentCompletedOn;
    @Column(name = "early_end_reason")
    public String earlyEndReason;
    @Column(name = "summary_submitted_on")
    public LocalDate summarySubmittedOn;
    @Column(name = "summary_reference")
    public String summaryReference;
    /** The session plan generated when treatment started (JSON list of planned sessions). */
    @Column(name = "treatment_plan")
    public String treatmentPlan;

    /** Screening found the request, as it now stands, ELIGIBLE: a triager may approve it. */
    public boolean screenedEligible() {
        return eligibilityOutcome == EligibilityOutcome.ELIGIBLE && eligibilityIsCurrent();
    }

    /** The screening outcome applies to the request as it now stands (not to an earlier version). */
    public boolean eligibilityIsCurrent() {
        return eligibilityOutcome != null && eligibilityRequestVersion != null && eligibilityRequestVersion >= requestVersion;
    }
}
