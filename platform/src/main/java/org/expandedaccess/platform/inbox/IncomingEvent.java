package org.expandedaccess.platform.inbox;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;

/** A CloudEvent read from Kafka (binary mode): the envelope attributes and the JSON data. */
public record IncomingEvent(String id, String type, String source, String subject, OffsetDateTime time,
                            JsonNode data) {
}
