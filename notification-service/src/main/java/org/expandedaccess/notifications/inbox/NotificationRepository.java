package org.expandedaccess.notifications.inbox;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

    public List<Notification> ofRecipient(String recipientId, boolean unreadOnly, int page, int size) {
        String query = unreadOnly ? "recipientId = ?1 and readAt is null" : "recipientId = ?1";
        return find(query, Sort.descending("createdAt"), recipientId).page(Page.of(page, size)).list();
    }

    public boolean exists(String recipientId, String sourceEventId, String kind) {
        return count("recipientId = ?1 and sourceEventId = ?2 and kind = ?3", recipientId, sourceEventId, kind) > 0;
    }
}
