package org.expandedaccess.notifications.email;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.expandedaccess.platform.work.AfterCommit;
import org.expandedaccess.notifications.recipients.Directory;
import org.expandedaccess.notifications.rules.Message;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

/**
 * Queues one e-mail per (event, recipient) in the caller's transaction, rendered from the plain text
 * and HTML templates. {@link EmailDispatcher} sends it after commit; a redelivered event queues nothing.
 */
@ApplicationScoped
public class EmailOutbox {

    private final EntityManager em;
    private final AfterCommit afterCommit;
    private final EmailDispatcher dispatcher;
    private final Directory directory;
    private final Template text;
    private final Template html;

    EmailOutbox(EntityManager em, AfterCommit afterCommit, EmailDispatcher dispatcher, Directory directory,
                @Location("email/notification.txt") Template text, @Location("email/notification.html") Template html) {
        this.em = em;
        this.afterCommit = afterCommit;
        this.dispatcher = dispatcher;
        this.directory = directory;
        this.text = text;
        this.html = html;
    }

    /** @return true if queued now, false if this event had already queued mail for this recipient */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean enqueue(String eventId, String eventType, String recipient, Message message) {
        Map<String, Object> data = new HashMap<>();
        data.put("title", message.title());
        data.put("whatHappened", message.whatHappened());
        data.put("whatNext", message.whatNext());
        data.put("link", message.link());
        data.put("reference", message.reference());
        data.put("requestId", message.requestId());
        data.put("emergency", message.emergency());
        int inserted = em.createNativeQuery("insert into email_message (id, dedupe_key, event_id, event_type, recipient,"
                        + " subject, text_body, html_body, message_id, status, attempts, next_attempt_at, created_at)"
                        + " values (:id, :key, :eventId, :type, :recipient, :subject, :text, :html, :messageId, 'PENDING', 0,"
                        + " :now, :now) on conflict (dedupe_key) do nothing")
                .setParameter("id", UUID.randomUUID())
                .setParameter("key", eventId + "|" + recipient.toLowerCase() + "|EMAIL")
                .setParameter("eventId", eventId)
                .setParameter("type", eventType)
                .setParameter("recipient", recipient)
                .setParameter("subject", message.subject())
                .setParameter("text", text.data(data).render())
                .setParameter("html", html.data(data).render())
                .setParameter("messageId", messageId(eventId, recipient, directory.messageIdDomain()))
                .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate();
        if (inserted == 1) {
            afterCommit.run(dispatcher::wake);
        }
        return inserted == 1;
    }

    /**
     * The Message-ID of the mail for (event, recipient): the same on every retry, so a mail that
     * reached the server before a crash and is sent again is recognisable as the same message.
     */
    public static String messageId(String eventId, String recipient, String domain) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((eventId + "|" + recipient.toLowerCase()).getBytes(StandardCharsets.UTF_8));
            return "<ea." + HexFormat.of().formatHex(hash, 0, 16) + "@" + domain + ">";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
