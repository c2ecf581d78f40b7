package org.expandedaccess.intake.requests;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class RequestVersionRepository implements PanacheRepositoryBase<RequestVersion, RequestVersion.Key> {

    public List<RequestVersion> ofRequest(UUID requestId) {
        return find("requestId", Sort.ascending("version"), requestId).list();
    }
}
