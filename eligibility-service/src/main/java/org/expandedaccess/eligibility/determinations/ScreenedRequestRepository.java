package org.expandedaccess.eligibility.determinations;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ScreenedRequestRepository implements PanacheRepositoryBase<ScreenedRequest, UUID> {

    /** The request, locked for this transaction so that an evaluation and an override do not interleave. */
    public Optional<ScreenedRequest> lock(UUID requestId) {
        return findByIdOptional(requestId, LockModeType.PESSIMISTIC_WRITE);
    }
}
