package org.expandedaccess.intake.requests;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.expandedaccess.intake.rules.RequestContent;
import org.expandedaccess.platform.outbox.DomainEvent;
import org.expandedaccess.platform.screening.DraftContent;
import org.expandedaccess.platform.screening.ScreeningFacts;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The events intake publishes on {@code ea.requests} (contracts in docs/events/): the topic, the types, the
 * payload records and one factory per event, each returning the {@link DomainEvent} that goes to the outbox
 * (keyed by the requestId). They carry what screening needs as coded facts: patient initials but no other
 * identifiers, and no free text (statements stay in intake; events say only whether they were given). The parts
 * screening reads (patient, clinical, prior treatments, alternatives, attestations) are the platform's
 * {@link ScreeningFacts}, derived from the content by the same definition eligibility's pre-screen uses.
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

    public record Treatment(Integer initialDoseMg, Integer supplementalDoseMg, Integer dosingSessions,
                            LocalDate plannedStart) {
    }

    /** org.expandedaccess.request.submitted.v1 */
    public record RequestSubmitted(UUID requestId, int version, String programId, OffsetDateTime submittedAt,
                                   Physician physician, String submittedByClient, Emergency emergency,
                                   ScreeningFacts.Patient patient, ScreeningFacts.Clinical clinical,
                                   List<ScreeningFacts.PriorTreatment> priorTreatments,
                                   ScreeningFacts.Alternatives alternatives, Treatment treatment,
                                   ScreeningFacts.Attestations attestations) {
    }

    /** org.expandedaccess.request.amended.v1: the full new content as version N. */
    public record RequestAmended(UUID requestId, int version, String programId, OffsetDateTime submittedAt,
                                 OffsetDateTime amendedAt, String reason, Physician physician, String submittedByClient,
                                 Emergency emergency, ScreeningFacts.Patient patient, ScreeningFacts.Clinical clinical,
                                 List<ScreeningFacts.PriorTreatment> priorTreatments,
                                 ScreeningFacts.Alternatives alternatives, Treatment treatment,
                                 ScreeningFacts.Attestations attestations) {
    }

    /** org.expandedaccess.request.withdrawn.v1 */
    public record RequestWithdrawn(UUID requestId, int version, String programId, Physician physician,
                                   String submittedByClient, OffsetDateTime withdrawnAt, String reason) {
    }

    /**
     * {@value #SUBMITTED}: version 1 of the request, with its full content; the screening parts are
     * {@code facts}, derived from the content by the platform's one definition ({@link #facts}).
     */
    static DomainEvent submitted(Request r, RequestContent c, ScreeningFacts facts) {
        return event(r, SUBMITTED, new RequestSubmitted(r.id, r.currentVersion, r.programId, r.submittedAt, physician(r),
                r.createdByClient, emergency(c), facts.patient(), facts.clinical(), facts.priorTreatments(),
                facts.alternatives(), treatment(c), facts.attestations()));
    }

    /** {@value #AMENDED}: the request's new current version, with its full content (screening parts as above). */
    static DomainEvent amended(Request r, RequestContent c, ScreeningFacts facts, OffsetDateTime amendedAt,
                               String reason) {
        return event(r, AMENDED, new RequestAmended(r.id, r.currentVersion, r.programId, r.submittedAt, amendedAt, reason,
                physician(r), r.createdByClient, emergency(c), facts.patient(), facts.clinical(), facts.priorTreatments(),
                facts.alternatives(), treatment(c), facts.attestations()));
    }

    /**
     * What the content tells screening: the content read as a draft ({@link DraftContent}, as eligibility's pre-screen
     * reads a draft it is sent) and {@link ScreeningFacts#of}, so that a pre-screen and the events cannot differ.
     */
    static ScreeningFacts facts(ObjectMapper mapper, RequestContent c) {
        return ScreeningFacts.of(mapper.convertValue(c, DraftContent.class));
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

    private static Treatment treatment(RequestContent c) {
        RequestContent.Treatment t = c.treatment();
        return new Treatment(t.initialDoseMg(), t.supplementalDoseMg(), t.dosingSessions(), t.plannedStart());
    }
}
