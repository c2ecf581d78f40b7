package org.expandedaccess.platform.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One event waiting for (or done with) publication. See {@link Outbox} and {@link OutboxRelay}. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id
    public UUID id;

    @Column(insertable = false, updatable = false)
    public Long seq;

    public String topic;

    @Column(name = "message_key")
    public String key;

    @Column(name = "event_type")
    public String type;

    public String source;

    public String subject;

    public OffsetDateTime occurredAt;

    public String payload;

    public OffsetDateTime publishedAt;

    public int attempts;

    public String lastError;
}
