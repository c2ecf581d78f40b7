package org.expandedaccess.notifications.inbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One item in an in-app inbox. The recipient is a realm username, {@code role:<role>} for a team
 * inbox (shared by everyone with that role, read state included) or {@code client:<client id>}.
 */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "recipient_id")
    public String recipientId;
    public String kind;
    @Column(name = "event_type")
    public String eventType;
    @Column(name = "request_id")
    public UUID requestId;
    @Column(name = "case_reference")
    public String caseReference;
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
