package org.expandedaccess.intake.requests;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.expandedaccess.intake.rules.Completeness;
import org.expandedaccess.intake.rules.ContentValidator;
import org.expandedaccess.intake.rules.Findings;
import org.expandedaccess.intake.rules.RequestContent;
import org.expandedaccess.platform.idempotency.Idempotency;
import org.expandedaccess.platform.outbox.Outbox;
import org.expandedaccess.platform.problem.Problem;
import org.expandedaccess.platform.problem.ProblemException;
import org.expandedaccess.platform.screening.ScreeningFacts;
import org.expandedaccess.platform.security.Caller;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Drafts, submission, amendment and withdrawal of requests; every state change and its event commit together. */
@ApplicationScoped
public class RequestService {

    /** The HTTP status and body of an operation, as first answered (replayed for an idempotent retry). */
    public record Outcome(int status, RequestView view) {
    }

    private final RequestRepository requests;
    private final RequestVersionRepository versions;
    private final Outbox outbox;
    private final Idempotency idempotency;
    private final ObjectMapper mapper;
    private final ContentValidator validator = new ContentValidator(Clock.systemUTC());

    RequestService(RequestRepository requests, RequestVersionRepository versions, Outbox outbox,
                   Idempotency idempotency, ObjectMapper mapper) {
        this.requests = requests;
        this.versions = versions;
        this.outbox = outbox;
        this.idempotency = idempotency;
        this.mapper = mapper;
    }

    /** Creates a draft, which may be incomplete but not malformed. */
    @Transactional
    public Outcome create(Caller caller, RequestContent content, String idempotencyKey) {
        String owner = ownerOf(caller, content);
        refuseMalformed(content);
        Optional<Outcome> replay = claim(caller, idempotencyKey, "create", json(content));
        if (replay.isPresent()) {
            return replay.get();
        }
        OffsetDateTime now = now();
        Request r = new Request();
        r.id = UUID.randomUUID();
        r.ownerUsername = owner;
        r.ownerSubject = caller.roles().contains(Caller.INTEGRATOR) ? null : caller.subject();
        r.createdBySubject = caller.subject();
        r.createdByClient = caller.client();
        r.viaIntegrator = caller.roles().contains(Caller.INTEGRATOR) && !caller.roles().contains(Caller.PHYSICIAN);
        r.programId = programOf(content);
        r.status = Request.Status.DRAFT;
        r.emergency = content.isEmergency();
        r.currentVersion = 0;
        r.content = json(content);
        r.createdAt = now;
        r.updatedAt = now;
        requests.persist(r);
        return complete(caller, idempotencyKey, "create", new Outcome(201, view(r)));
    }

    /** Replaces a draft's content. */
    @Transactional
    public RequestView replace(Caller caller, UUID id, RequestContent content) {
        Request r = visibleForChange(caller, id);
        if (r.status != Request.Status.DRAFT) {
            throw ProblemException.conflict("not-a-draft",
                    "Only a draft can be replaced; this request is " + r.status + ". Submit an amendment instead.");
        }
        String owner = ownerOf(caller, content);
        if (!owner.equals(r.ownerUsername)) {
            throw invalid("physician.username", "cannot change the physician a request belongs to");
        }
        refuseMalformed(content);
        r.programId = programOf(content);
        r.emergency = content.isEmergency();
        r.content = json(content);
        r.updatedAt = now();
        return view(r);
    }

    @Transactional
    public Optional<RequestView> find(Caller caller, UUID id) {
        return requests.findVisible(caller, id, false).map(this::view);
    }

    @Transactional
    public List<RequestView> list(Caller caller, Request.Status status, Boolean emergency, int page, int size) {
        return requests.list(caller, status, emergency, page, size).stream().map(this::view).toList();
    }

    /** What still blocks submission of the request's current content. */
    @Transactional
    public Completion completeness(Caller caller, UUID id) {
        Request r = requests.findVisible(caller, id, false).orElseThrow(() -> notFound(id));
        return completion(read(r.content));
    }

    /**
     * Submits a complete draft: freezes version 1 and publishes RequestSubmitted. The row lock makes
     * concurrent submits of one draft produce exactly one submission.
     */
    @Transactional
    public Outcome submit(Caller caller, UUID id, String idempotencyKey) {
        Optional<Outcome> replay = claim(caller, idempotencyKey, "submit", id.toString());
        if (replay.isPresent()) {
            return replay.get();
        }
        Request r = visibleForChange(caller, id);
        if (r.status != Request.Status.DRAFT) {
            throw ProblemException.conflict("already-submitted",
                    "This request is " + r.status + "; only a draft can be submitted.");
        }
        RequestContent content = read(r.content);
        refuseIncomplete(content);
        OffsetDateTime now = now();
        r.status = Request.Status.SUBMITTED;
        r.currentVersion = 1;
        r.submittedAt = now;
        r.updatedAt = now;
        freeze(r, RequestVersion.Kind.SUBMITTED, null, caller, now);
        outbox.publish(RequestEvents.submitted(r, content, RequestEvents.facts(mapper, content)));
        return complete(caller, idempotencyKey, "submit", new Outcome(200, view(r)));
    }

    /** Creates the next version of a submitted request and publishes RequestAmended with the full content. */
    @Transactional
    public RequestView amend(Caller caller, UUID id, ChangeBodies.Amendment amendment) {
        Request r = visibleForChange(caller, id);
        if (r.status != Request.Status.SUBMITTED) {
            throw ProblemException.conflict("not-amendable",
                    "Only a submitted request can be amended; this one is " + r.status + ".");
        }
        if (r.decidedAt != null) {
            throw ProblemException.conflict("case-decided",
                    "The case was decided on " + r.decidedAt.toLocalDate() + "; a decided request cannot be amended.");
        }
        RequestContent content = amendment.content();
        if (!ownerOf(caller, content).equals(r.ownerUsername)) {
            throw invalid("content.physician.username", "cannot change the physician a request belongs to");
        }
        refuseMalformed(content);
        refuseIncomplete(content);
        OffsetDateTime now = now();
        r.currentVersion++;
        r.content = json(content);
        r.emergency = content.isEmergency();
        r.programId = programOf(content);
        r.updatedAt = now;
        freeze(r, RequestVersion.Kind.AMENDED, amendment.reason(), caller, now);
        outbox.publish(RequestEvents.amended(r, content, RequestEvents.facts(mapper, content), now,
                amendment.reason()));
        return view(r);
    }

    /** Withdraws a draft or a submitted request; a submitted one publishes RequestWithdrawn. Nothing is deleted. */
    @Transactional
    public RequestView withdraw(Caller caller, UUID id, ChangeBodies.Withdrawal withdrawal) {
        Request r = visibleForChange(caller, id);
        if (r.status == Request.Status.WITHDRAWN) {
            throw ProblemException.conflict("already-withdrawn", "This request was withdrawn already.");
        }
        boolean wasSubmitted = r.status == Request.Status.SUBMITTED;
        OffsetDateTime now = now();
        r.status = Request.Status.WITHDRAWN;
        r.withdrawnAt = now;
        r.withdrawReason = withdrawal.reason();
        r.updatedAt = now;
        if (wasSubmitted) {
            outbox.publish(RequestEvents.withdrawn(r));
        }
        return view(r);
    }

    @Transactional
    public List<VersionView> versions(Caller caller, UUID id) {
        requests.findVisible(caller, id, false).orElseThrow(() -> notFound(id));
        return versions.ofRequest(id).stream()
                .map(v -> new VersionView(v.version, v.kind, v.reason, v.createdAt, v.createdBy, read(v.content)))
                .toList();
    }

    /** Records that the case of a request was decided; from then on it cannot be amended. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void caseDecided(UUID requestId, OffsetDateTime when) {
        requests.findByIdOptional(requestId).filter(r -> r.decidedAt == null).ifPresent(r -> r.decidedAt = when);
    }

    // --- helpers ---

    private void freeze(Request r, RequestVersion.Kind kind, String reason, Caller caller, OffsetDateTime now) {
        RequestVersion v = new RequestVersion();
        v.requestId = r.id;
        v.version = r.currentVersion;
        v.kind = kind;
        v.reason = reason;
        v.content = r.content;
        v.createdAt = now;
        v.createdBy = caller.username();
        versions.persist(v);
    }

    /** Physicians change their own requests, integrators what they created; sponsor staff and auditors change nothing here. */
    private Request visibleForChange(Caller caller, UUID id) {
        Request r = requests.findVisible(caller, id, true).orElseThrow(() -> notFound(id));
        boolean mayChange = caller.roles().contains(Caller.INTEGRATOR) && r.viaIntegrator
                ? r.createdBySubject.equals(caller.subject())
                : caller.roles().contains(Caller.PHYSICIAN) && r.ownerUsername.equals(caller.username());
        if (!mayChange) {
            throw new ProblemException(Problem.of("forbidden", "Not allowed", 403,
                    "Only the physician who owns this request (or the integrator that created it) may change it."));
        }
        return r;
    }

    /** The owning physician: the caller if a physician; the named physician if an integrator. */
    private static String ownerOf(Caller caller, RequestContent content) {
        String named = content != null && content.physician() != null ? content.physician().username() : null;
        if (caller.roles().contains(Caller.PHYSICIAN)) {
            if (named != null && !named.equals(caller.username())) {
                throw invalid("physician.username", "must be your own username (" + caller.username() + ") or left out");
            }
            return caller.username();
        }
        if (named == null || named.isBlank()) {
            throw invalid("physician.username", "is required: name the physician (realm username) you submit for");
        }
        return named;
    }

    private void refuseMalformed(RequestContent content) {
        List<Findings.Finding> errors = validator.validate(content);
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.validation(400,
                    errors.size() + " field(s) are invalid; nothing was stored", fieldErrors(errors)));
        }
    }

    private static void refuseIncomplete(RequestContent content) {
        Completion c = completion(content);
        if (!c.complete()) {
            throw new ProblemException(new Problem(Problem.TYPE_PREFIX + "incomplete-request",
                    "The request is not complete", 422,
                    c.missing().size() + " field(s) must be filled in before submission", null, c.missing()));
        }
    }

    private static Completion completion(RequestContent content) {
        List<Problem.FieldError> missing = fieldErrors(Completeness.missing(content));
        return new Completion(missing.isEmpty(), missing);
    }

    private static List<Problem.FieldError> fieldErrors(List<Findings.Finding> findings) {
        return findings.stream().map(f -> new Problem.FieldError(f.field(), f.message())).toList();
    }

    private static ProblemException invalid(String field, String message) {
        return new ProblemException(Problem.validation(400, "1 field(s) are invalid; nothing was stored",
                List.of(new Problem.FieldError(field, message))));
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("Request " + id);
    }

    /** As screening reads it: a draft that names no program is for the default one (ScreeningFacts). */
    private static String programOf(RequestContent content) {
        return ScreeningFacts.program(content.programId());
    }

    private Optional<Outcome> claim(Caller caller, String key, String operation, String body) {
        if (key == null) {
            return Optional.empty();
        }
        return idempotency.claim(caller.subject(), key, operation, Idempotency.hash(body))
                .map(stored -> new Outcome(stored.status(), readView(stored.body())));
    }

    private Outcome complete(Caller caller, String key, String operation, Outcome outcome) {
        if (key != null) {
            idempotency.complete(caller.subject(), key, operation,
                    new Idempotency.StoredResponse(outcome.status(), json(outcome.view())));
        }
        return outcome;
    }

    RequestView view(Request r) {
        return new RequestView(r.id, r.status, r.currentVersion, r.programId, r.emergency, r.ownerUsername,
                r.createdByClient, r.createdAt, r.updatedAt, r.submittedAt, r.withdrawnAt, r.withdrawReason,
                r.decidedAt, read(r.content));
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private RequestContent read(String json) {
        try {
            return mapper.readValue(json, RequestContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored request content cannot be read", e);
        }
    }

    private RequestView readView(String json) {
        try {
            return mapper.readValue(json, RequestView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored idempotent response cannot be read", e);
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }
}
