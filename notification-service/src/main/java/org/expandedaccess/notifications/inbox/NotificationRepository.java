package org.expandedaccess.notifications.inbox;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<Notification, UUID> {

    public List<Notification> ofRecipients(Set<String> recipients, boolean unreadOnly, int page, int size) {
        String query = unreadOnly ? "recipientId in ?1 and readAt is null" : "recipientId in ?1";
        return find(query, Sort.descending("createdAt").and("id"), recipients).page(Page.of(page, size)).list();
    }

    public long countUnread(Set<String> recipients) {
        return count("recipientId in ?1 and readAt is null", recipients);
    }

    /** The item if one of {@code recipients} may see it. */
    public Optional<Notification> visible(UUID id, Set<String> recipients) {
        return find("id = ?1 and recipientId in ?2", id, recipients).firstResultOptional();
    }
}
