package org.expandedaccess.notifications.events;

import org.expandedaccess.notifications.rules.EventFacts;
import org.expandedaccess.notifications.rules.EventType;
import org.expandedaccess.platform.inbox.IncomingEvent;

import java.util.UUID;

/**
 * What this service reads of {@code request.submitted/amended/withdrawn.v1}
 * (docs/events/request.*.v1.schema.json). Clinical facts are not read, so they cannot leak.
 */
public record RequestEvent(UUID requestId, Integer version, Physician physician, String submittedByClient,
                           Emergency emergency, Patient patient) {

    public record Physician(String username) {
    }

    public record Emergency(Boolean emergency) {
    }

    public record Patient(String initials) {
    }

    EventFacts facts(IncomingEvent event, EventType type) {
        Boolean urgent = emergency != null ? emergency.emergency() : null;
        return new EventFacts(event.id(), type, event.time(), requestId, version, null, null,
                physician != null ? physician.username() : null, submittedByClient, event.data().has("submittedByClient"), urgent,
                patient != null ? patient.initials() : null,
                null, null, null, null, null, null);
    }
}
