package org.expandedaccess.notifications.webhooks;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
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
    @Column(name = "owner_client")
    public String ownerClient;
    public String url;
    /** Comma-separated CloudEvents types; empty means every type. */
    @Column(name = "event_types")
    public String eventTypes;
    public String description;
    @Column(name = "secret_ciphertext")
    public String secretCiphertext;
    public String status;
    @Column(name = "consecutive_failures")
    public int consecutiveFailures;
    @Column(name = "disabled_reason")
    public String disabledReason;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "disabled_at")
    public OffsetDateTime disabledAt;
    @Column(name = "deleted_at")
    public OffsetDateTime deletedAt;

    public List<String> eventTypeList() {
        return eventTypes == null || eventTypes.isBlank() ? List.of() : Arrays.asList(eventTypes.split(","));
    }
}
