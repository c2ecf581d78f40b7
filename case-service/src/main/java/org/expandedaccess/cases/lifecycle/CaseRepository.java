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

    public PanacheQuery<Case> ofPhysician(String physicianId) {
        return find("physicianId", QUEUE_ORDER, physicianId);
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
