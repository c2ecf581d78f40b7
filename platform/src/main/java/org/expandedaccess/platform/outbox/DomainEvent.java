package org.expandedaccess.platform.outbox;

import java.util.Objects;

/**
 * One event a service publishes: the topic, the record key (which keeps one request's events in order and
 * is the CloudEvents subject), the versioned CloudEvents type and the payload record serialised as the data.
 * Every publish goes through this one shape; each service builds its events in one class of factories.
 *
 * @param topic   Kafka topic, e.g. {@code ea.requests}
 * @param key     the requestId the event belongs to
 * @param type    versioned CloudEvents type, e.g. {@code org.expandedaccess.request.submitted.v1}
 * @param payload a record serialised as JSON; must carry no direct patient identifiers
 */
public record DomainEvent(String topic, String key, String type, Object payload) {

    public DomainEvent {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
    }
}
