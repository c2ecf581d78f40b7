package org.expandedaccess.notifications.rules;

import java.util.Arrays;
import java.util.Optional;

/** The CloudEvents types this service acts on (docs/events). Any other type is recorded and skipped. */
public enum EventType {

    REQUEST_SUBMITTED("org.expandedaccess.request.submitted.v1"),
    REQUEST_AMENDED("org.expandedaccess.request.amended.v1"),
    REQUEST_WITHDRAWN("org.expandedaccess.request.withdrawn.v1"),
    ELIGIBILITY_DETERMINED("org.expandedaccess.eligibility.determined.v1"),
    ELIGIBILITY_OVERRIDDEN("org.expandedaccess.eligibility.overridden.v1"),
    CASE_OPENED("org.expandedaccess.case.opened.v1"),
    CASE_STATUS_CHANGED("org.expandedaccess.case.status-changed.v1"),
    CASE_DEADLINE_APPROACHING("org.expandedaccess.case.deadline-approaching.v1"),
    CASE_DEADLINE_MISSED("org.expandedaccess.case.deadline-missed.v1"),
    CASE_ADVERSE_EVENT_RECORDED("org.expandedaccess.case.adverse-event-recorded.v1");

    private final String ceType;

    EventType(String ceType) {
        this.ceType = ceType;
    }

    /** The CloudEvents {@code type}, e.g. {@code org.expandedaccess.request.submitted.v1}. */
    public String ceType() {
        return ceType;
    }

    public static Optional<EventType> ofCeType(String type) {
        return Arrays.stream(values()).filter(t -> t.ceType.equals(type)).findFirst();
    }
}
