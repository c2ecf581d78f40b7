package org.expandedaccess.cases.treatment;

/**
 * Whether a case may move to {@code TREATMENT_COMPLETED}, and why.
 *
 * @param allowed  whether the transition is allowed
 * @param endedEarly whether it is allowed only because treatment was ended early with a reason
 * @param reason   why, in words for the API's error or the audit trail (never the physician's own text)
 * @param progress the dosing sessions recorded and outstanding
 * @param source   the rule's source
 */
public record CompletionDecision(boolean allowed, boolean endedEarly, String reason, DosingProgress progress,
                                 String source) {
}
