package org.expandedaccess.notifications.events;

import org.expandedaccess.notifications.rules.EventFacts;
import org.expandedaccess.notifications.rules.EventType;
import org.expandedaccess.platform.inbox.IncomingEvent;

import java.util.UUID;

/**
 * What this service reads of {@code eligibility.determined.v1} and {@code eligibility.overridden.v1}.
 * Neither carries the submitting client, and an override does not name the physician: both come from
 * earlier events of the request. Criteria evidence and the reviewer's justification are not read.
 */
public record EligibilityEvent(UUID requestId, Integer requestVersion, Physician physician, String outcome,
                               String automaticOutcome) {

    public record Physician(String username) {
    }

    EventFacts facts(IncomingEvent event, EventType type) {
        return new EventFacts(event.id(), type, event.time(), requestId, requestVersion, null, null,
                physician != null ? physician.username() : null, null, false, null, null,
                outcome, automaticOutcome, null, null, null, null);
    }
}
