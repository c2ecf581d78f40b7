package org.expandedaccess.eligibility.determinations;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.expandedaccess.eligibility.programs.ProgramCatalog;
import org.expandedaccess.eligibility.rules.EligibilityRules;
import org.expandedaccess.eligibility.rules.Evaluation;
import org.expandedaccess.eligibility.rules.Outcome;
import org.expandedaccess.eligibility.rules.ProgramDefinition;
import org.expandedaccess.platform.inbox.PoisonMessageException;
import org.expandedaccess.platform.outbox.Outbox;
import org.expandedaccess.platform.problem.Problem;
import org.expandedaccess.platform.problem.ProblemException;
import org.expandedaccess.platform.security.Caller;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Screening use cases: evaluate each new request version, record withdrawals, let a medical
 * reviewer override, and answer who may see what. Log lines carry request ids and outcomes only.
 */
@ApplicationScoped
public class DeterminationService {

    static final int MIN_JUSTIFICATION_WORDS = 3;
    private static final Logger LOG = Logger.getLogger(DeterminationService.class);

    private final ScreenedRequestRepository requests;
    private final DeterminationRepository determinations;
    private final ReviewRepository reviews;
    private final ProgramCatalog programs;
    private final Outbox outbox;
    private final ObjectMapper mapper;
    private final EligibilityRules rules = new EligibilityRules();

    DeterminationService(ScreenedRequestRepository requests, DeterminationRepository determinations,
                         ReviewRepository reviews, ProgramCatalog programs, Outbox outbox, ObjectMapper mapper) {
        this.requests = requests;
        this.determinations = determinations;
        this.reviews = reviews;
        this.programs = programs;
        this.outbox = outbox;
        this.mapper = mapper;
    }

    /**
     * Evaluates a submitted or amended request version and publishes the determination. A version
     * already evaluated (redelivery under a new event id) or older than the last one evaluated
     * (superseded: every version carries the full content) changes nothing; a withdrawn request is
     * never evaluated again. Runs inside the inbox transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Determination> requestVersion(RequestContent event, String eventId, String eventType) {
        if (event.requestId() == null || event.version() == null || !hasOwner(event.physician())) {
            throw new PoisonMessageException("event " + eventId + " lacks requestId, version or physician.username");
        }
        ProgramDefinition program = programs.find(event.programId()).orElseThrow(() -> new PoisonMessageException(
                "event " + eventId + " names program '" + event.programId() + "', which is not configured here"));
        ScreenedRequest request = lockOrCreate(event.requestId(), program.id(), event.physician());
        if (request.withdrawnAt != null) {
            LOG.infof("request %s is withdrawn; version %d not evaluated", request.requestId, event.version());
            return Optional.empty();
        }
        if (request.evaluatedVersion != null && event.version() <= request.evaluatedVersion) {
            LOG.infof("request %s version %d not evaluated: version %d was evaluated already",
                    request.requestId, event.version(), request.evaluatedVersion);
            return Optional.empty();
        }
        Evaluation evaluation = rules.evaluate(program, event.toInput());
        List<CriterionResultView> criteria = evaluation.criteria().stream().map(CriterionResultView::of).toList();
        Determination d = new Determination();
        d.id = UUID.randomUUID();
        d.requestId = request.requestId;
        d.requestVersion = event.version();
        d.programId = evaluation.programId();
        d.programVersion = evaluation.programVersion();
        d.outcome = evaluation.outcome();
        d.decidingCriteria = json(evaluation.decidingCriteria());
        d.criteria = json(criteria);
        d.eventId = eventId;
        d.eventType = eventType;
        d.determinedAt = now();
        determinations.persist(d);
        request.evaluatedVersion = event.version();
        outbox.publish(EligibilityEvents.determined(d, request, evaluation.decidingCriteria(), criteria));
        LOG.infof("request %s version %d determined with program %s %s", d.requestId, d.requestVersion,
                d.programId, d.programVersion);
        return Optional.of(d);
    }

    /** Marks a request withdrawn (also when its submission has not arrived yet). Inside the inbox transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requestWithdrawn(RequestWithdrawn event, String eventId) {
        if (event.requestId() == null || !hasOwner(event.physician())) {
            throw new PoisonMessageException("event " + eventId + " lacks requestId or physician.username");
        }
        String programId = event.programId() != null ? event.programId() : "unknown";
        ScreenedRequest request = lockOrCreate(event.requestId(), programId, event.physician());
        if (request.withdrawnAt == null) {
            request.withdrawnAt = event.withdrawnAt() != null ? event.withdrawnAt() : now();
            LOG.infof("request %s withdrawn; it will not be evaluated again", request.requestId);
        }
    }

    /** The current state of a request's screening, if the caller may see it. */
    @Transactional
    public Optional<EligibilityView> current(Caller caller, UUID requestId) {
        return visible(caller, requestId).map(this::view);
    }

    /** Every determination of a request, oldest first, each with its overrides. */
    @Transactional
    public Optional<List<DeterminationView>> history(Caller caller, UUID requestId) {
        return visible(caller, requestId).map(r -> {
            Map<UUID, List<ReviewView>> byDetermination = reviewsOf(r.requestId);
            return determinations.ofRequest(r.requestId).stream()
                    .map(d -> view(d, byDetermination.getOrDefault(d.id, List.of()))).toList();
        });
    }

    /**
     * Records a medical reviewer's override of the current determination and publishes it. With an
     * idempotency key already used by this reviewer, nothing new is created.
     */
    @Transactional
    public EligibilityView review(Caller reviewer, UUID requestId, ReviewRequest body, String idempotencyKey) {
        ScreenedRequest request = requests.lock(requestId)
                .filter(r -> reviewer.maySee(r.physicianUsername))
                .orElseThrow(() -> ProblemException.notFound("Eligibility of request " + requestId));
        if (idempotencyKey != null && !idempotencyKey.isBlank()) {
            Optional<Review> earlier = reviews.byIdempotencyKey(reviewer.subject(), idempotencyKey);
            if (earlier.isPresent()) {
                if (!earlier.get().requestId.equals(requestId)) {
                    throw ProblemException.conflict("idempotency-key-reused",
                            "This Idempotency-Key was used for another request");
                }
                return view(request);
            }
        }
        validate(body);
        if (request.withdrawnAt != null) {
            throw ProblemException.conflict("request-withdrawn", "The request was withdrawn; it is not reviewed");
        }
        Determination current = determinations.current(requestId).orElseThrow(() -> ProblemException.conflict(
                "no-determination", "The request has no determination to review yet"));
        Review r = new Review();
        r.id = UUID.randomUUID();
        r.determinationId = current.id;
        r.requestId = requestId;
        r.outcome = body.outcome();
        r.justification = body.justification().trim();
        r.reviewerId = reviewer.subject();
        r.reviewerUsername = reviewer.username();
        r.idempotencyKey = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey;
        r.reviewedAt = now();
        reviews.persist(r);
        outbox.publish(EligibilityEvents.overridden(r, current));
        LOG.infof("request %s: determination %s overridden by a medical reviewer", requestId, current.id);
        return view(request);
    }

    /**
     * Evaluates a draft's content (read by {@link DraftReading}) as a submitted version of it would be; the content is
     * not stored anywhere, and this deliberately neither persists nor logs.
     */
    public PrescreenResult prescreen(RequestContent content) {
        ProgramDefinition program = programs.find(content.programId()).orElseThrow(() -> ProblemException.invalid(
                "Unknown program", List.of(new Problem.FieldError("programId", "no active program with this id"))));
        Evaluation e = rules.evaluate(program, content.toInput());
        return new PrescreenResult(e.programId(), e.programVersion(), e.outcome(), e.decidingCriteria(),
                e.criteria().stream().map(CriterionResultView::of).toList());
    }

    private static void validate(ReviewRequest body) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (body.outcome() == Outcome.NEEDS_REVIEW) {
            errors.add(new Problem.FieldError("outcome", "a review decides: ELIGIBLE or INELIGIBLE"));
        }
        String j = body.justification().trim();
        if (j.split("\\s+").length < MIN_JUSTIFICATION_WORDS || j.length() < 20) {
            errors.add(new Problem.FieldError("justification", "write at least one full sentence"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("The review cannot be recorded", errors);
        }
    }

    private Optional<ScreenedRequest> visible(Caller caller, UUID requestId) {
        return requests.findByIdOptional(requestId).filter(r -> caller.maySee(r.physicianUsername));
    }

    /** The owner key is the physician's realm username (docs/decisions/0005); physician.id may be null. */
    private static boolean hasOwner(RequestContent.Physician physician) {
        return physician != null && physician.username() != null && !physician.username().isBlank();
    }

    private ScreenedRequest lockOrCreate(UUID requestId, String programId, RequestContent.Physician physician) {
        return requests.lock(requestId).orElseGet(() -> {
            ScreenedRequest r = new ScreenedRequest();
            r.requestId = requestId;
            r.programId = programId;
            r.physicianId = physician.id();
            r.physicianUsername = physician.username();
            r.receivedAt = now();
            requests.persist(r);
            return r;
        });
    }

    private EligibilityView view(ScreenedRequest r) {
        Optional<Determination> current = determinations.current(r.requestId);
        DeterminationView d = current.map(c -> view(c, reviewsOf(r.requestId).getOrDefault(c.id, List.of())))
                .orElse(null);
        Outcome outcome = null;
        String decidedBy = null;
        if (d != null) {
            boolean reviewed = !d.reviews().isEmpty();
            outcome = reviewed ? d.reviews().get(d.reviews().size() - 1).outcome() : d.outcome();
            decidedBy = reviewed ? "MEDICAL_REVIEW" : "AUTOMATIC";
        }
        return new EligibilityView(r.requestId, r.programId, r.withdrawnAt != null, r.withdrawnAt, outcome, decidedBy, d);
    }

    private DeterminationView view(Determination d, List<ReviewView> reviewsOfIt) {
        return new DeterminationView(d.id, d.requestId, d.requestVersion, d.programId, d.programVersion, d.outcome,
                read(d.decidingCriteria, new TypeReference<List<String>>() { }),
                read(d.criteria, new TypeReference<List<CriterionResultView>>() { }), d.determinedAt, reviewsOfIt);
    }

    private Map<UUID, List<ReviewView>> reviewsOf(UUID requestId) {
        return reviews.ofRequest(requestId).stream().map(ReviewView::of)
                .collect(Collectors.groupingBy(ReviewView::determinationId));
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("determination cannot be written as JSON", e);
        }
    }

    private <T> T read(String json, TypeReference<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored determination cannot be read", e);
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }
}
