package org.expandedaccess.eligibility.screening;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.expandedaccess.platform.inbox.PoisonMessageException;
import org.expandedaccess.platform.security.Caller;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ScreeningService {

    private final ScreeningRepository screenings;

    ScreeningService(ScreeningRepository screenings) {
        this.screenings = screenings;
    }

    /** Records that a submitted request awaits screening. Runs inside the inbox transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Screening requestReceived(RequestSubmitted event) {
        if (event.requestId() == null || event.physician() == null || event.physician().id() == null) {
            throw new PoisonMessageException("RequestSubmitted lacks requestId or physician");
        }
        return screenings.findByIdOptional(event.requestId()).orElseGet(() -> {
            Screening s = new Screening();
            s.requestId = event.requestId();
            s.programId = event.programId() != null ? event.programId() : "mdma-ptsd";
            s.physicianId = event.physician().id();
            s.status = Screening.Status.PENDING;
            s.receivedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
            screenings.persist(s);
            return s;
        });
    }

    /** The screening if the caller may see it (own request, or sponsor staff and auditors). */
    @Transactional
    public Optional<Screening> find(Caller caller, UUID requestId) {
        return screenings.findByIdOptional(requestId).filter(s -> caller.maySee(s.physicianId));
    }
}
