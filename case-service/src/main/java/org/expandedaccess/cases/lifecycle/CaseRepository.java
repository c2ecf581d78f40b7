package org.expandedaccess.cases.lifecycle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import org.expandedaccess.platform.inbox.IncomingEvent;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CaseRepository implements PanacheRepositoryBase<Case, UUID> {

    /** Triage order: emergencies first, then the nearest due date, then the oldest submission. */
    static final String QUEUE_ORDER = " order by c.emergency desc, c.nextDueDate asc nulls last, c.submittedAt asc,"
            + " c.reference asc";

    private final ObjectMapper json;

    CaseRepository(ObjectMapper json) {
        this.json = json;
    }

    public Optional<Case> findByRequestId(UUID requestId) {
        return find("requestId", requestId).firstResultOptional();
    }

    /** The case of a request, locked for a change. */
    public Optional<Case> findByRequestIdForUpdate(UUID requestId) {
        return find("requestId", requestId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /**
     * Serialises every event about one request until the transaction ends (a PostgreSQL transaction
     * advisory lock), so an event that finds no case cannot miss the case being opened concurrently.
     */
    public void lockRequest(UUID requestId) {
        long key = requestId.getMostSignificantBits() ^ requestId.getLeastSignificantBits();
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(:k)").setParameter("k", key).getSingleResult();
    }

    /** Filters of the triage queue; null means "any". */
    public record Filter(List<CaseStatus> statuses, Boolean emergency, String assignee, EligibilityOutcome outcome,
                         Boolean overdue, String physician, UUID requestId) {
    }

    public List<Case> list(Filter f, int page, int size) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (f.physician() != null) {
            where.append(" and c.physicianUsername = :physician");
            params.put("physician", f.physician());
        }
        if (f.requestId() != null) {
            where.append(" and c.requestId = :requestId");
            params.put("requestId", f.requestId());
        }
        if (f.statuses() != null && !f.statuses().isEmpty()) {
            where.append(" and c.status in :statuses");
            params.put("statuses", f.statuses());
        }
        if (f.emergency() != null) {
            where.append(" and c.emergency = :emergency");
            params.put("emergency", f.emergency());
        }
        if (f.assignee() != null) {
            if (f.assignee().isEmpty()) {
                where.append(" and c.assignee is null");
            } else {
                where.append(" and c.assignee = :assignee");
                params.put("assignee", f.assignee());
            }
        }
        if (f.outcome() != null) {
            where.append(" and c.eligibilityOutcome = :outcome");
            params.put("outcome", f.outcome());
        }
        if (f.overdue() != null) {
            where.append(" and c.overdue = :overdue");
            params.put("overdue", f.overdue());
        }
        TypedQuery<Case> q = getEntityManager().createQuery("select c from Case c" + where + QUEUE_ORDER, Case.class);
        params.forEach(q::setParameter);
        return q.setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    /** Counts per status, and open (not closed, declined or withdrawn) emergencies. */
    public QueueSummary summary() {
        Map<CaseStatus, Long> byStatus = new EnumMap<>(CaseStatus.class);
        for (CaseStatus s : CaseStatus.values()) {
            byStatus.put(s, 0L);
        }
        getEntityManager().createQuery("select c.status, count(c) from Case c group by c.status", Object[].class)
                .getResultList().forEach(row -> byStatus.put((CaseStatus) row[0], (Long) row[1]));
        long emergencies = count("emergency = true and status not in ?1",
                List.of(CaseStatus.CLOSED, CaseStatus.DECLINED, CaseStatus.WITHDRAWN));
        long overdue = count("overdue = true and status not in ?1",
                List.of(CaseStatus.CLOSED, CaseStatus.DECLINED, CaseStatus.WITHDRAWN));
        return new QueueSummary(byStatus, emergencies, overdue);
    }

    /** Next reference for the year, e.g. EA-2026-00042; gap-free and safe under concurrency. */
    public String nextReference(int year) {
        Number next = (Number) getEntityManager().createNativeQuery(
                        "insert into case_reference_counter (year, last) values (:year, 1)"
                                + " on conflict (year) do update set last = case_reference_counter.last + 1"
                                + " returning last")
                .setParameter("year", year)
                .getSingleResult();
        return String.format("EA-%d-%05d", year, next.intValue());
    }

    /** Keeps an event about a request whose case is not open yet. */
    public void keepPending(UUID requestId, IncomingEvent event) {
        try {
            getEntityManager().createNativeQuery("insert into case_pending_event (event_id, request_id, type, source,"
                            + " occurred_at, data, received_at) values (:id, :r, :type, :source, :at, :data, :now)"
                            + " on conflict do nothing")
                    .setParameter("id", event.id()).setParameter("r", requestId).setParameter("type", event.type())
                    .setParameter("source", event.source()).setParameter("at", event.time())
                    .setParameter("data", json.writeValueAsString(event.data()))
                    .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
                    .executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot keep event " + event.id(), e);
        }
    }

    /** The kept events of a request in arrival order, removed from the waiting list. */
    public List<IncomingEvent> takePending(UUID requestId) {
        List<?> rows = getEntityManager().createNativeQuery("with taken as (delete from case_pending_event"
                        + " where request_id = :r returning event_id, type, source, data, received_at)"
                        + " select event_id, type, source, data from taken order by received_at, event_id")
                .setParameter("r", requestId).getResultList();
        List<IncomingEvent> events = new ArrayList<>();
        for (Object r : rows) {
            Object[] row = (Object[]) r;
            try {
                events.add(new IncomingEvent((String) row[0], (String) row[1], (String) row[2], requestId.toString(),
                        null, json.readTree((String) row[3])));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("kept event " + row[0] + " is not JSON", e);
            }
        }
        return events;
    }
}
