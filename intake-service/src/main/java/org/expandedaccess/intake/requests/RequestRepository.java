package org.expandedaccess.intake.requests;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.expandedaccess.platform.security.Caller;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RequestRepository implements PanacheRepositoryBase<Request, UUID> {

    /** The request if the caller may see it: sponsor staff and auditors all, a physician their own, an integrator what it created. */
    public Optional<Request> findVisible(Caller caller, UUID id, boolean lockForUpdate) {
        Optional<Request> r = lockForUpdate
                ? findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                : findByIdOptional(id);
        return r.filter(x -> visible(caller, x));
    }

    static boolean visible(Caller caller, Request r) {
        if (caller.seesAll()) {
            return true;
        }
        if (caller.roles().contains(Caller.INTEGRATOR) && r.viaIntegrator) {
            return r.createdBySubject.equals(caller.subject());
        }
        return caller.roles().contains(Caller.PHYSICIAN) && r.ownerUsername.equals(caller.username());
    }

    /** The caller's requests (all for sponsor staff and auditors), newest first, optionally filtered. */
    public List<Request> list(Caller caller, Request.Status status, Boolean emergency, int page, int size) {
        StringBuilder q = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (!caller.seesAll()) {
            if (caller.roles().contains(Caller.INTEGRATOR)) {
                q.append(" and viaIntegrator = true and createdBySubject = :creator");
                params.and("creator", caller.subject());
            } else {
                q.append(" and ownerUsername = :owner");
                params.and("owner", caller.username());
            }
        }
        if (status != null) {
            q.append(" and status = :status");
            params.and("status", status);
        }
        if (emergency != null) {
            q.append(" and emergency = :emergency");
            params.and("emergency", emergency);
        }
        return find(q.toString(), Sort.descending("createdAt").and("id"), params).page(Page.of(page, size)).list();
    }
}
