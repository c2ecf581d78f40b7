package org.expandedaccess.notifications.webhooks;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One event for one subscription: written when the event is consumed, sent and retried by {@link WebhookDispatcher}. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends PanacheEntityBase {

    public static final String PENDING = "PENDING";
    public static final String DELIVERED = "DELIVERED";
    public static final String FAILED = "FAILED";
    public static final String CANCELLED = "CANCELLED";

    @Id
    public UUID id;
    public UUID subscriptionId;
    public String eventId;
    public String eventType;
    public UUID requestId;
    public String payload;
    public String status;
    public int attempts;
    public int replays;
    public OffsetDateTime nextAttemptAt;
    public UUID claimToken;
    public Integer lastStatusCode;
    public String lastError;
    public OffsetDateTime createdAt;
    public OffsetDateTime deliveredAt;
}
