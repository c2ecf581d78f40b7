package org.expandedaccess.notifications.email;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.expandedaccess.platform.work.Backoff;
import org.expandedaccess.platform.work.ClaimedWork;
import org.expandedaccess.platform.work.Worker;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Sends queued e-mail. Rows are claimed with {@code FOR UPDATE SKIP LOCKED} and leased for a while
 * (so several instances can run, and a crash mid-send only delays a mail), sent outside any
 * transaction, then marked sent or scheduled for a retry with backoff. While the SMTP server is down
 * the mail waits in the table. Never logs recipients' mail contents.
 */
@ApplicationScoped
public class EmailDispatcher implements ClaimedWork<EmailDispatcher.Claimed, String> {

    private static final Logger LOG = Logger.getLogger(EmailDispatcher.class);

    private final EntityManager em;
    private final ReactiveMailer mailer;
    private final EmailConfig config;
    private final Backoff backoff;
    private final Worker<Claimed, String> worker;

    EmailDispatcher(EntityManager em, ReactiveMailer mailer, EmailConfig config) {
        this.em = em;
        this.mailer = mailer;
        this.config = config;
        this.backoff = new Backoff(config.retryInitialDelay(), config.retryMaxDelay());
        this.worker = new Worker<>("email-dispatcher", config.sweepInterval(), config.batchSize(),
                config.sendTimeout().multipliedBy(2).plusSeconds(10), this);
    }

    void onStart(@Observes StartupEvent event) {
        worker.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        worker.stop(java.time.Duration.ofSeconds(10));
    }

    public void wake() {
        worker.wake();
    }

    record Claimed(UUID id, String recipient, String subject, String text, String html, String messageId,
                           int attempts, UUID token) {
    }

    @Override
    public List<String> perform(List<Claimed> claimed) {
        return claimed.stream().map(this::send).toList();
    }

    @Override
    public boolean failed(String error) {
        return error != null;
    }

    /** A repeated mail reaches a person (with the same Message-ID): after a crash, at most the one in flight. */
    @Override
    public boolean recordsEachRow() {
        return true;
    }

    @Override
    public void record(List<Claimed> claimed, List<String> errors) {
        for (int i = 0; i < claimed.size(); i++) {
            record(claimed.get(i), errors.get(i));
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Claimed> claim(int limit) {
        List<Object[]> rows = em.createNativeQuery("select id, recipient, subject, text_body, html_body, message_id, attempts"
                        + " from email_message where status = 'PENDING' and next_attempt_at <= :now"
                        + " order by next_attempt_at limit :limit for update skip locked")
                .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
                .setParameter("limit", limit)
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        UUID token = UUID.randomUUID();
        // the lease: if this instance dies while sending, the row is due again after it
        OffsetDateTime leaseEnd = OffsetDateTime.now(ZoneOffset.UTC).plus(config.sendTimeout().multipliedBy(rows.size() + 1L));
        List<UUID> ids = rows.stream().map(r -> (UUID) r[0]).toList();
        em.createNativeQuery("update email_message set attempts = attempts + 1, next_attempt_at = :lease, claim_token = :token"
                        + " where id in (:ids)")
                .setParameter("lease", leaseEnd).setParameter("token", token).setParameter("ids", ids)
                .executeUpdate();
        return rows.stream().map(r -> new Claimed((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], ((Number) r[6]).intValue() + 1, token)).toList();
    }

    private String send(Claimed mail) {
        try {
            Mail m = Mail.withText(mail.recipient(), mail.subject(), mail.text()).setHtml(mail.html())
                    .addHeader("Message-ID", mail.messageId());
            mailer.send(m).await().atMost(config.sendTimeout());
            return null;
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            String error = cause.getClass().getSimpleName() + ": " + cause.getMessage();
            return error.length() > 1000 ? error.substring(0, 1000) : error;
        }
    }

    private void record(Claimed mail, String error) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (error == null) {
            em.createNativeQuery("update email_message set status = 'SENT', sent_at = :now, claim_token = null,"
                            + " last_error = null where id = :id and claim_token = :token")
                    .setParameter("now", now).setParameter("id", mail.id()).setParameter("token", mail.token())
                    .executeUpdate();
            return;
        }
        boolean giveUp = mail.attempts() >= config.maxAttempts();
        em.createNativeQuery("update email_message set status = :status, next_attempt_at = :next, claim_token = null,"
                        + " last_error = :error where id = :id and claim_token = :token")
                .setParameter("status", giveUp ? "FAILED" : "PENDING")
                .setParameter("next", now.plus(backoff.after(mail.attempts(), ThreadLocalRandom.current())))
                .setParameter("error", error).setParameter("id", mail.id()).setParameter("token", mail.token())
                .executeUpdate();
        if (giveUp) {
            LOG.errorf("e-mail %s given up after %d attempts", mail.id(), mail.attempts());
        } else {
            // the class only: server replies may quote addresses
            LOG.warnf("e-mail %s not sent (attempt %d, %s); will retry", mail.id(), mail.attempts(),
                    error.substring(0, error.indexOf(':') > 0 ? error.indexOf(':') : error.length()));
        }
    }
}
