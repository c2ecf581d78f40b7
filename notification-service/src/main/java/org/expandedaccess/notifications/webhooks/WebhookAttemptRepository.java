package org.expandedaccess.notifications.webhooks;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Every HTTP attempt of every delivery. */
@ApplicationScoped
public class WebhookAttemptRepository implements PanacheRepositoryBase<WebhookAttempt, Long> {

    public List<WebhookAttempt> ofDelivery(UUID deliveryId) {
        return list("deliveryId", deliveryId);
    }

    public List<WebhookAttempt> ofDeliveries(Collection<UUID> deliveryIds) {
        return list("deliveryId in ?1", deliveryIds);
    }
}
