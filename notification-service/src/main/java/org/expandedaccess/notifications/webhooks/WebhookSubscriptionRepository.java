package org.expandedaccess.notifications.webhooks;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Integrators' webhook subscriptions; a deleted one is kept (its history stays) but never listed or delivered to. */
@ApplicationScoped
public class WebhookSubscriptionRepository implements PanacheRepositoryBase<WebhookSubscription, UUID> {

    private static final String OF_OWNER = "ownerClient = ?1 and status <> ?2";

    /** The client's subscriptions that are not deleted, oldest first. */
    public List<WebhookSubscription> listed(String owner) {
        return list(OF_OWNER, Sort.by("createdAt").and("id"), owner, WebhookSubscription.DELETED);
    }

    /** The same, in no particular order: those an event of the client's requests may go to. */
    public List<WebhookSubscription> notDeleted(String owner) {
        return list(OF_OWNER, owner, WebhookSubscription.DELETED);
    }

    public long countNotDeleted(String owner) {
        return count(OF_OWNER, owner, WebhookSubscription.DELETED);
    }

    /** The subscription if it is the client's and not deleted. */
    public Optional<WebhookSubscription> own(String owner, UUID id) {
        return find("id = ?1 and ownerClient = ?2 and status <> ?3", id, owner, WebhookSubscription.DELETED)
                .firstResultOptional();
    }

    /** The subscription, locked for this transaction (null if there is none). */
    public WebhookSubscription lock(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
