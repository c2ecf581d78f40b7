package org.expandedaccess.intake.requests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.expandedaccess.platform.outbox.Outbox;
import org.expandedaccess.platform.security.Caller;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RequestService {

    /** The outcome of a submission: the request, and whether this call created it. */
    public record Submission(Request request, boolean created) {
    }

    private final RequestRepository requests;
    private final Outbox outbox;

    RequestService(RequestRepository requests, Outbox outbox) {
        this.requests = requests;
        this.outbox = outbox;
    }

    /**
     * Stores the request and queues {@code RequestSubmitted} in the same transaction. A retry with
     * the same Idempotency-Key returns the first request and creates nothing.
     */
    @Transactional
    public Submission submit(Caller caller, NewRequest body, String idempotencyKey) {
        if (idempotencyKey != null) {
            Optional<Request> earlier = requests.findByIdempotencyKey(caller.subject(), idempotencyKey);
            if (earlier.isPresent()) {
                return new Submission(earlier.get(), false);
            }
        }
        Request r = new Request();
        r.id = UUID.randomUUID();
        r.ownerId = caller.subject();
        r.ownerUsername = caller.username();
        r.ownerEmail = caller.email();
        r.submittedBy = caller.client();
        r.programId = body.programOrDefault();
        r.patientInitials = body.patientInitials();
        r.diagnosisCode = body.diagnosisCode();
        r.emergency = body.emergency();
        r.status = Request.Status.SUBMITTED;
        r.version = 1;
        r.submittedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        r.idempotencyKey = idempotencyKey;
        requests.persist(r);
        outbox.publish(RequestSubmitted.TOPIC, r.id.toString(), RequestSubmitted.TYPE, RequestSubmitted.of(r));
        return new Submission(r, true);
    }

    /** The request if the caller may see it: its owner, or sponsor staff and auditors. */
    @Transactional
    public Optional<Request> find(Caller caller, UUID id) {
        return requests.findByIdOptional(id)
                .filter(r -> caller.maySee(r.ownerId));
    }
}
