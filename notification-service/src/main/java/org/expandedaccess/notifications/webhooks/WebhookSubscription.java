package org.expandedaccess.notifications.webhooks;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** An integrator's subscription: where to POST which event types, and the (encrypted) signing secret. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends PanacheEntityBase {

    public static final String ENABLED = "ENABLED";
    public static final String DISABLED = "DISABLED";
    public static final String DELETED = "DELETED";

    @Id
    public UUID id;
    public String ownerClient;
    public String url;
    /** Comma-separated CloudEvents types; empty means every type. */
    public String eventTypes;
    public String description;
    public String secretCiphertext;
    public String status;
    public int consecutiveFailures;
    public String disabledReason;
    public OffsetDateTime createdAt;
    public OffsetDateTime disabledAt;
    public OffsetDateTime deletedAt;

    public List<String> eventTypeList() {
        return eventTypes == null || eventTypes.isBlank() ? List.of() : Arrays.asList(eventTypes.split(","));
    }
}
