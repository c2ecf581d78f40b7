package org.expandedaccess.notifications.webhooks;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One delivery per subscription and event; written by {@link WebhookOutbox}, sent by {@link WebhookDispatcher}. */
@ApplicationScoped
public class WebhookDeliveryRepository implements PanacheRepositoryBase<WebhookDelivery, UUID> {

    /** A subscription's deliveries, newest first, one page. */
    public List<WebhookDelivery> ofSubscription(UUID subscriptionId, int page, int size) {
        return find("subscriptionId", Sort.descending("createdAt").and("id"), subscriptionId)
                .page(Page.of(page, size)).list();
    }

    /** The delivery if it belongs to the subscription. */
    public Optional<WebhookDelivery> ofSubscription(UUID subscriptionId, UUID deliveryId) {
        return find("id = ?1 and subscriptionId = ?2", deliveryId, subscriptionId).firstResultOptional();
    }

    /** Cancels the subscription's deliveries not yet sent. */
    public int cancelPending(UUID subscriptionId) {
        return update("status = ?1, claimToken = null where subscriptionId = ?2 and status = ?3",
                WebhookDelivery.CANCELLED, subscriptionId, WebhookDelivery.PENDING);
    }
}
