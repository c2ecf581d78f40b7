package org.expandedaccess.cases.deadlines;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.expandedaccess.cases.config.CasesConfig;
import org.expandedaccess.cases.audit.Actor;
import org.expandedaccess.cases.lifecycle.Case;
import org.expandedaccess.cases.time.SponsorClock;
import org.expandedaccess.platform.outbox.Outbox;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Watches open deadlines and publishes {@code CaseDeadlineApproaching} (a configurable number of working
 * days before the due date, default 2) and {@code CaseDeadlineMissed} once each. "Once" lives in the
 * database: the deadline row is claimed with FOR UPDATE SKIP LOCKED and the published-at column is set in
 * the same transaction as the outbox row, so neither a restart nor a second instance publishes twice.
 */
@ApplicationScoped
public class DeadlineMonitor {

    private static final Logger LOG = Logger.getLogger(DeadlineMonitor.class);

    private final EntityManager em;
    private final SponsorClock clock;
    private final DeadlineService deadlines;
    private final Outbox outbox;
    private final int leadWorkingDays;

    DeadlineMonitor(EntityManager em, SponsorClock clock, DeadlineService deadlines, Outbox outbox,
                    CasesConfig config) {
        this.em = em;
        this.clock = clock;
        this.deadlines = deadlines;
        this.outbox = outbox;
        this.leadWorkingDays = config.deadlineLeadWorkingDays();
    }

    @Scheduled(every = "${ea.cases.deadline-check-interval:5m}", delayed = "15s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            // not while starting or shutting down: the database session factory may be gone
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        int published = check();
        if (published > 0) {
            LOG.infof("deadline check: %d event(s) published", published);
        }
    }

    /** One pass over the open deadlines that need attention today; returns how many events were published. */
    public int check() {
        int published = 0;
        for (UUID id : due()) {
            published += checkOne(id);
        }
        return published;
    }

    @Transactional
    @SuppressWarnings("unchecked")
    List<UUID> due() {
        LocalDate today = clock.today();
        LocalDate horizon = deadlines.calendar().addWorkingDays(today, leadWorkingDays);
        return em.createNativeQuery("select id from case_deadline where status = 'OPEN' and ("
                        + " (approaching_published_at is null and missed_published_at is null and due_date <= :horizon)"
                        + " or (missed_published_at is null and due_date < :today)) order by due_date", UUID.class)
                .setParameter("horizon", horizon).setParameter("today", today).getResultList();
    }

    @Transactional
    int checkOne(UUID id) {
        // lock order everywhere: the case row first, then its deadline rows (as every change to a case does)
        Deadline peek = em.find(Deadline.class, id);
        if (peek == null) {
            return 0;
        }
        Case c = em.find(Case.class, peek.caseId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        List<?> claimed = em.createNativeQuery("select id from case_deadline where id = :id and status = 'OPEN'"
                + " for update skip locked").setParameter("id", id).getResultList();
        if (claimed.isEmpty()) {
            return 0; // another instance holds it, or it was met meanwhile
        }
        Deadline d = peek;
        em.refresh(d);
        LocalDate today = clock.today();
        OffsetDateTime now = clock.now();
        if (!d.kind.obligation()) {
            // a date the case waits for: reached, not missed
            if (!today.isBefore(d.dueDate)) {
                deadlines.meet(c, d, d.dueDate, "date reached", Actor.CASE_SERVICE);
            }
            return 0;
        }
        int published = 0;
        if (today.isAfter(d.dueDate)) {
            if (d.missedPublishedAt == null) {
                d.missedPublishedAt = now;
                outbox.publish(DeadlineEvents.missed(c, d, now));
                published++;
            }
        } else if (d.approachingPublishedAt == null) {
            d.approachingPublishedAt = now;
            outbox.publish(DeadlineEvents.approaching(c, d, now));
            published++;
        }
        deadlines.refresh(c);
        return published;
    }
}
