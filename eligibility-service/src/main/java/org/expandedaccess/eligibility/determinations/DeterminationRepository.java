package org.expandedaccess.eligibility.determinations;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class DeterminationRepository implements PanacheRepositoryBase<Determination, UUID> {

    /** Oldest first. */
    public List<Determination> ofRequest(UUID requestId) {
        return list("requestId", Sort.by("requestVersion").and("determinedAt"), requestId);
    }

    public Optional<Determination> current(UUID requestId) {
        return find("requestId", Sort.by("requestVersion").descending(), requestId).firstResultOptional();
    }
}
