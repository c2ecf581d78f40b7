package org.expandedaccess.notifications.inbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
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
    public String recipientId;
    public String kind;
    public String eventType;
    public UUID requestId;
    public String caseReference;
    public String title;
    public String body;
    public String link;
    public String sourceEventId;
    public OffsetDateTime createdAt;
    public OffsetDateTime readAt;
}
