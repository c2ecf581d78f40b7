package org.expandedaccess.eligibility.determinations;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ReviewRepository implements PanacheRepositoryBase<Review, UUID> {

    /** Oldest first. */
    public List<Review> ofRequest(UUID requestId) {
        return list("requestId", Sort.by("reviewedAt").and("id"), requestId);
    }

    public Optional<Review> byIdempotencyKey(String reviewerId, String key) {
        return find("reviewerId = ?1 and idempotencyKey = ?2", reviewerId, key).firstResultOptional();
    }
}
