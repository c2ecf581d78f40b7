package org.expandedaccess.notifications.rules;

import java.util.UUID;

/**
 * What earlier events told about a request: eligibility events carry neither the submitting client
 * nor (for overrides) the physician, and only case events carry the case reference.
 */
public record KnownRequest(UUID requestId, String physicianUsername, String submittedByClient, boolean clientKnown,
                           UUID caseId, String reference, String patientInitials, Boolean emergency) {
}
