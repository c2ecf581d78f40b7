package org.expandedaccess.cases.lifecycle;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CaseRepository implements PanacheRepositoryBase<Case, UUID> {

    /** Triage order: emergencies first, then the oldest submission. */
    static final Sort QUEUE_ORDER = Sort.descending("emergency").and("submittedAt").and("reference");

    public Optional<Case> findByRequestId(UUID requestId) {
        return find("requestId", requestId).firstResultOptional();
    }

    public PanacheQuery<Case> all() {
        return findAll(QUEUE_ORDER);
    }

    public PanacheQuery<Case> ofPhysician(String physicianUsername) {
        return find("physicianUsername", QUEUE_ORDER, physicianUsername);
    }

    /** Counts per status, and open (not closed, declined or withdrawn) emergencies. */
    public QueueSummary summary() {
        java.util.Map<CaseStatus, Long> byStatus = new java.util.EnumMap<>(CaseStatus.class);
        for (CaseStatus s : CaseStatus.values()) {
            byStatus.put(s, 0L);
        }
        getEntityManager().createQuery("select c.status, count(c) from Case c group by c.status", Object[].class)
                .getResultList().forEach(row -> byStatus.put((CaseStatus) row[0], (Long) row[1]));
        long emergencies = count("emergency = true and status not in ?1",
                java.util.List.of(CaseStatus.CLOSED, CaseStatus.DECLINED, CaseStatus.WITHDRAWN));
        return new QueueSummary(byStatus, emergencies);
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
}
