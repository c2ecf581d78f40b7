package org.expandedaccess.notifications.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.expandedaccess.notifications.delivery.Sql;
import org.expandedaccess.notifications.rules.Message;
import org.expandedaccess.platform.problem.ProblemException;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The in-app inbox: adds items once per (recipient, event, kind), lists them, marks them read. */
@ApplicationScoped
public class NotificationService {

    private final NotificationRepository notifications;
    private final EntityManager em;

    NotificationService(NotificationRepository notifications, EntityManager em) {
        this.notifications = notifications;
        this.em = em;
    }

    /**
     * Adds an item in the caller's transaction; a redelivered event adds nothing. Live streams hear of
     * it through PostgreSQL NOTIFY, which is delivered only when the transaction commits, to every
     * instance (see {@link InboxStream}).
     *
     * @return true if added now
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean add(String recipient, String eventId, String eventType, Message message) {
        UUID id = UUID.randomUUID();
        Query insert = em.createNativeQuery("insert into notification (id, recipient_id, kind, event_type, request_id,"
                        + " case_reference, title, body, link, source_event_id, created_at)"
                        + " values (:id, :recipient, :kind, :type, :requestId, :reference, :title, :body, :link, :eventId, :at)"
                        + " on conflict (recipient_id, source_event_id, kind) do nothing")
                .setParameter("id", id)
                .setParameter("recipient", recipient)
                .setParameter("kind", message.kind())
                .setParameter("type", eventType)
                .setParameter("title", message.title())
                .setParameter("body", message.whatHappened() + "\n\nWhat to do next: " + message.whatNext())
                .setParameter("eventId", eventId)
                .setParameter("at", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS));
        Sql.bind(insert, "requestId", message.requestId(), UUID.class);
        Sql.bind(insert, "reference", message.reference(), String.class);
        Sql.bind(insert, "link", message.link(), String.class);
        int inserted = insert.executeUpdate();
        if (inserted == 1) {
            em.createNativeQuery("select count(*) from (select pg_notify(:channel, :payload)) n")
                    .setParameter("channel", InboxStream.CHANNEL)
                    .setParameter("payload", recipient + "|" + id)
                    .getSingleResult();
        }
        return inserted == 1;
    }

    @Transactional
    public List<NotificationView> inbox(Set<String> recipients, boolean unreadOnly, int page, int size) {
        return notifications.ofRecipients(recipients, unreadOnly, page, size).stream().map(NotificationView::of).toList();
    }

    @Transactional
    public long unreadCount(Set<String> recipients) {
        return notifications.countUnread(recipients);
    }

    /** Marks an item read; an item the caller may not see answers 404, so its existence does not leak. */
    @Transactional
    public NotificationView markRead(Set<String> recipients, UUID id) {
        Notification n = notifications.visible(id, recipients)
                .orElseThrow(() -> ProblemException.notFound("Notification " + id));
        if (n.readAt == null) {
            n.readAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        }
        return NotificationView.of(n);
    }

    @Transactional
    public Optional<NotificationView> find(UUID id) {
        return notifications.findByIdOptional(id).map(NotificationView::of);
    }
}
