package org.expandedaccess.cases.lifecycle;

import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.expandedaccess.platform.inbox.PoisonMessageException;
import org.expandedaccess.platform.security.Caller;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CaseService {

    private final CaseRepository cases;

    CaseService(CaseRepository cases) {
        this.cases = cases;
    }

    /**
     * Opens the case for a submitted request (status SUBMITTED). Runs inside the inbox transaction;
     * a request that already has a case is left as it is.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Case open(RequestSubmitted event) {
        if (event.requestId() == null || event.physician() == null || event.physician().username() == null
                || event.patient() == null || event.patient().initials() == null || event.diagnosisCode() == null) {
            throw new PoisonMessageException("RequestSubmitted lacks requestId, physician, patient or diagnosisCode");
        }
        Optional<Case> existing = cases.findByRequestId(event.requestId());
        if (existing.isPresent()) {
            return existing.get();
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        Case c = new Case();
        c.id = UUID.randomUUID();
        c.reference = cases.nextReference(now.getYear());
        c.requestId = event.requestId();
        c.programId = event.programId() != null ? event.programId() : "mdma-ptsd";
        c.status = CaseStatus.SUBMITTED;
        c.physicianId = event.physician().id();
        c.physicianUsername = event.physician().username();
        c.patientInitials = event.patient().initials();
        c.diagnosisCode = event.diagnosisCode();
        c.emergency = event.emergencyUse();
        c.submittedAt = event.submittedAt() != null ? event.submittedAt() : now;
        c.openedAt = now;
        c.statusChangedAt = now;
        cases.persist(c);
        return c;
    }

    /** One page of the cases the caller may see, in triage order. */
    @Transactional
    public List<Case> list(Caller caller, int page, int size) {
        var query = caller.seesAll() ? cases.all() : cases.ofPhysician(caller.username());
        return query.page(Page.of(page, size)).list();
    }

    /** Counts per status and open emergencies, for the triage dashboard. */
    @Transactional
    public QueueSummary summary() {
        return cases.summary();
    }

    /** The case by id if the caller may see it; otherwise empty, so that existence does not leak. */
    @Transactional
    public Optional<Case> find(Caller caller, UUID id) {
        return cases.findByIdOptional(id).filter(c -> caller.maySee(c.physicianUsername));
    }
}
