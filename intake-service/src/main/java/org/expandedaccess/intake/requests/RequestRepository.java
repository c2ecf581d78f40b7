package org.expandedaccess.intake.requests;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RequestRepository implements PanacheRepositoryBase<Request, UUID> {

    public Optional<Request> findByIdempotencyKey(String ownerId, String key) {
        return find("ownerId = ?1 and idempotencyKey = ?2", ownerId, key).firstResultOptional();
    }
}
