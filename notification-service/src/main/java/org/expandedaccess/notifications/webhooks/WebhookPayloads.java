package org.expandedaccess.notifications.webhooks;

import org.expandedaccess.notifications.rules.EventFacts;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The body of a webhook, in the Standard Webhooks shape {@code {type, timestamp, data}}. The data are
 * identifiers and coded facts of the event; integrators already hold the request they submitted, so
 * no patient data (not even initials) and no free text is sent.
 */
public final class WebhookPayloads {

    private WebhookPayloads() {
    }

    public static Map<String, Object> of(EventFacts f) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("eventId", f.eventId());
        data.put("requestId", f.requestId());
        put(data, "requestVersion", f.requestVersion());
        put(data, "caseId", f.caseId());
        put(data, "reference", f.reference());
        put(data, "emergency", f.emergency());
        put(data, "outcome", f.outcome());
        put(data, "automaticOutcome", f.automaticOutcome());
        put(data, "oldStatus", f.oldStatus());
        put(data, "status", f.newStatus());
        if (f.deadline() != null) {
            Map<String, Object> d = new LinkedHashMap<>();
            put(d, "kind", f.deadline().kind());
            put(d, "dueDate", f.deadline().dueDate() != null ? f.deadline().dueDate().toString() : null);
            put(d, "responsible", f.deadline().responsible());
            put(d, "rule", f.deadline().rule());
            put(d, "source", f.deadline().source());
            data.put("deadline", d);
        }
        if (f.adverseEvent() != null) {
            Map<String, Object> ae = new LinkedHashMap<>();
            ae.put("serious", f.adverseEvent().serious());
            ae.put("unexpected", f.adverseEvent().unexpected());
            ae.put("fatalOrLifeThreatening", f.adverseEvent().fatalOrLifeThreatening());
            put(ae, "relation", f.adverseEvent().relation());
            put(ae, "safetyReportDueDate", f.adverseEvent().safetyReportDueDate() != null
                    ? f.adverseEvent().safetyReportDueDate().toString() : null);
            data.put("adverseEvent", ae);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", f.type().ceType());
        body.put("timestamp", (f.occurredAt() != null ? f.occurredAt() : OffsetDateTime.now(ZoneOffset.UTC)).toString());
        body.put("data", data);
        return body;
    }

    private static void put(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value instanceof java.util.UUID ? value.toString() : value);
        }
    }
}
