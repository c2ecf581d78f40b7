package org.expandedaccess.notifications.inbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One item in a user's in-app inbox. Recipient = token subject. */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "recipient_id")
    public String recipientId;
    public String kind;
    @Column(name = "request_id")
    public UUID requestId;
    public String title;
    public String body;
    public String link;
    @Column(name = "source_event_id")
    public String sourceEventId;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "read_at")
    public OffsetDateTime readAt;
}
