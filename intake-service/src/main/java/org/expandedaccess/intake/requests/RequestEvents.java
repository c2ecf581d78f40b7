package org.expandedaccess.intake.requests;

import org.expandedaccess.intake.rules.RequestContent;
import org.expandedaccess.platform.outbox.DomainEvent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The events intake publishes on {@code ea.requests} (contracts in docs/events/): the topic, the types, the
 * payload records and one factory per event, each returning the {@link DomainEvent} that goes to the outbox
 * (keyed by the requestId). They carry what screening needs as coded facts: patient initials but no other
 * identifiers, and no free text (statements stay in intake; events say only whether they were given).
 */
public final class RequestEvents {

    public static final String TOPIC = "ea.requests";
    public static final String SUBMITTED = "org.expandedaccess.request.submitted.v1";
    public static final String AMENDED = "org.expandedaccess.request.amended.v1";
    public static final String WITHDRAWN = "org.expandedaccess.request.withdrawn.v1";

    private RequestEvents() {
    }

    public record Physician(String id, String username) {
    }

    public record Emergency(boolean emergency, LocalDate fdaPhoneAuthorizationDate, String fdaIndNumber) {
    }

    public record Patient(String initials, Integer ageYears, RequestContent.Sex sex, BigDecimal weightKg,
                          Boolean pregnancyPotential, Boolean pregnant, Boolean lactating, Boolean contraceptionInUse) {
    }

    public record Medication(String name, RequestContent.MedicationClass medicationClass, String dose) {
    }

    public record Clinical(String diagnosisCode, Integer conditionDurationMonths, Integer caps5TotalScore,
                           LocalDate caps5AssessedOn, boolean seriousConditionStated, RequestContent.CssrsRisk cssrsRisk,
                           List<RequestContent.Comorbidity> comorbidities, List<Medication> medications) {
    }

    public record PriorTreatment(String name, RequestContent.TreatmentCategory category, LocalDate startDate,
                                 LocalDate endDate, Integer durationWeeks, Integer sessions,
                                 RequestContent.TreatmentOutcome outcome) {
    }

    public record Alternatives(boolean noComparableAlternativeStated, Boolean canEnrollInTrial,
                               boolean trialEnrollmentReasonStated) {
    }

    public record Treatment(Integer initialDoseMg, Integer supplementalDoseMg, Integer dosingSessions,
                            LocalDate plannedStart) {
    }

    public record Attestations(Boolean riskBenefitDetermination, Boolean supportPersonAvailable,
                               Boolean overnightStayAgreed) {
    }

    /** org.expandedaccess.request.submitted.v1 */
    public record RequestSubmitted(UUID requestId, int version, String programId, OffsetDateTime submittedAt,
                                   Physician physician, String submittedByClient, Emergency emergency, Patient patient,
                                   Clinical clinical, List<PriorTreatment> priorTreatments, Alternatives alternatives,
                                   Treatment treatment, Attestations attestations) {
    }

    /** org.expandedaccess.request.amended.v1: the full new content as version N. */
    public record RequestAmended(UUID requestId, int version, String programId, OffsetDateTime submittedAt,
                                 OffsetDateTime amendedAt, String reason, Physician physician, String submittedByClient,
                                 Emergency emergency, Patient patient, Clinical clinical,
                                 List<PriorTreatment> priorTreatments, Alternatives alternatives, Treatment treatment,
                                 Attestations attestations) {
    }

    /** org.expandedaccess.request.withdrawn.v1 */
    public record RequestWithdrawn(UUID requestId, int version, String programId, Physician physician,
                                   String submittedByClient, OffsetDateTime withdrawnAt, String reason) {
    }

    /** {@value #SUBMITTED}: version 1 of the request, with its full content. */
    static DomainEvent submitted(Request r, RequestContent c) {
        return event(r, SUBMITTED, new RequestSubmitted(r.id, r.currentVersion, r.programId, r.submittedAt, physician(r),
                r.createdByClient, emergency(c), patient(c), clinical(c), priorTreatments(c), alternatives(c),
                treatment(c), attestations(c)));
    }

    /** {@value #AMENDED}: the request's new current version, with its full content. */
    static DomainEvent amended(Request r, RequestContent c, OffsetDateTime amendedAt, String reason) {
        return event(r, AMENDED, new RequestAmended(r.id, r.currentVersion, r.programId, r.submittedAt, amendedAt, reason,
                physician(r), r.createdByClient, emergency(c), patient(c), clinical(c), priorTreatments(c),
                alternatives(c), treatment(c), attestations(c)));
    }

    /** {@value #WITHDRAWN}: a submitted request withdrawn. */
    static DomainEvent withdrawn(Request r) {
        return event(r, WITHDRAWN, new RequestWithdrawn(r.id, r.currentVersion, r.programId, physician(r),
                r.createdByClient, r.withdrawnAt, r.withdrawReason));
    }

    private static DomainEvent event(Request r, String type, Object payload) {
        return new DomainEvent(TOPIC, r.id.toString(), type, payload);
    }

    private static Physician physician(Request r) {
        return new Physician(r.ownerSubject, r.ownerUsername);
    }

    private static Emergency emergency(RequestContent c) {
        RequestContent.Emergency e = c.emergency();
        return new Emergency(c.isEmergency(), e == null ? null : e.fdaPhoneAuthorizationDate(), e == null ? null : e.fdaIndNumber());
    }

    private static Patient patient(RequestContent c) {
        RequestContent.Patient p = c.patient();
        return new Patient(p.initials(), p.ageYears(), p.sex(), p.weightKg(), p.pregnancyPotential(), p.pregnant(),
                p.lactating(), p.contraceptionInUse());
    }

    private static Clinical clinical(RequestContent c) {
        RequestContent.Clinical k = c.clinical();
        return new Clinical(k.diagnosisCode(), k.conditionDurationMonths(), k.caps5TotalScore(), k.caps5AssessedOn(),
                given(k.seriousnessStatement()), k.cssrsRisk(), List.copyOf(k.comorbidities()),
                k.medications().stream().map(m -> new Medication(m.name(), m.medicationClass(), m.dose())).toList());
    }

    private static List<PriorTreatment> priorTreatments(RequestContent c) {
        return c.priorTreatments().stream().map(t -> new PriorTreatment(t.name(), t.category(), t.startDate(),
                t.endDate(), t.durationWeeks(), t.sessions(), t.outcome())).toList();
    }

    private static Alternatives alternatives(RequestContent c) {
        RequestContent.Alternatives a = c.alternatives();
        return new Alternatives(given(a.noComparableAlternativeStatement()), a.canEnrollInTrial(),
                given(a.trialEnrollmentReason()));
    }

    private static Treatment treatment(RequestContent c) {
        RequestContent.Treatment t = c.treatment();
        return new Treatment(t.initialDoseMg(), t.supplementalDoseMg(), t.dosingSessions(), t.plannedStart());
    }

    private static Attestations attestations(RequestContent c) {
        RequestContent.Attestations a = c.attestations();
        return new Attestations(a.riskBenefitDetermination(), a.supportPersonAvailable(), a.overnightStayAgreed());
    }

    private static boolean given(String text) {
        return text != null && !text.isBlank();
    }
}
