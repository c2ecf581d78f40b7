package org.expandedaccess.cases.lifecycle;

/**
 * Why a case changed state, as a code: what {@code case.status-changed.v1} carries instead of anyone's words
 * (docs/regulatory/records-and-privacy.md). A person's own words stay in case-service (see {@link Why}); the event
 * says only whether there were some.
 */
public enum StatusReason {
    /** The request was submitted and the case opened. */
    REQUEST_SUBMITTED,
    /** The case went to screening by itself after it opened. */
    SCREENING_STARTED,
    /** Screening's current determination moved the case on. */
    SCREENING_OUTCOME,
    /** The physician amended the request after information was requested. */
    REQUEST_AMENDED,
    /** The physician withdrew the request in intake. */
    REQUEST_WITHDRAWN,
    /** A person decided the move (decline, information request, review, withdrawal); their words, if any, stay here. */
    PERSON_DECIDED,
    /** The sponsor approved with its letter of authorization. */
    LOA_ISSUED,
    /** An approved case waits for its gates. */
    AUTHORIZATION_STARTED,
    /** Every gate holds. */
    ALL_GATES_SATISFIED,
    /** The shipment was recorded. */
    SHIPMENT_RECORDED,
    /** The physician recorded the start of treatment. */
    TREATMENT_STARTED,
    /** Every planned dosing session was recorded. */
    TREATMENT_COMPLETED_AS_PLANNED,
    /** Treatment ended before every planned dosing session; the physician's reason stays here. */
    TREATMENT_ENDED_EARLY,
    /** The written treatment summary was sent to FDA (21 CFR 312.310(c)(2)). */
    TREATMENT_SUMMARY_SENT
}
