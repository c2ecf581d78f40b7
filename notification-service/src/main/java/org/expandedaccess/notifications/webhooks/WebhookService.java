package org.expandedaccess.notifications.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.expandedaccess.platform.work.AfterCommit;
import org.expandedaccess.notifications.rules.EventType;
import org.expandedaccess.notifications.webhooks.WebhookViews.DeliveryView;
import org.expandedaccess.notifications.webhooks.WebhookViews.WebhookCreated;
import org.expandedaccess.notifications.webhooks.WebhookViews.WebhookRequest;
import org.expandedaccess.notifications.webhooks.WebhookViews.WebhookView;
import org.expandedaccess.platform.idempotency.Idempotency;
import org.expandedaccess.platform.problem.Problem;
import org.expandedaccess.platform.problem.ProblemException;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Integrators' webhook subscriptions. Every operation acts on the caller's own client's
 * subscriptions only; another client's answers 404 so its existence does not leak.
 */
@ApplicationScoped
public class WebhookService {

    private static final Set<String> KNOWN_TYPES = Arrays.stream(EventType.values()).map(EventType::ceType)
            .collect(Collectors.toUnmodifiableSet());

    private final WebhooksConfig config;
    private final Idempotency idempotency;
    private final AfterCommit afterCommit;
    private final WebhookDispatcher dispatcher;
    private final TargetPolicy policy;
    private final SecretBox secrets;
    private final WebhookSubscriptionRepository subscriptions;
    private final WebhookDeliveryRepository deliveries;
    private final WebhookAttemptRepository attempts;

    WebhookService(WebhooksConfig config, Idempotency idempotency, AfterCommit afterCommit, WebhookDispatcher dispatcher,
                   HostResolver resolver, WebhookSubscriptionRepository subscriptions, WebhookDeliveryRepository deliveries,
                   WebhookAttemptRepository attempts) {
        this.config = config;
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.attempts = attempts;
        this.idempotency = idempotency;
        this.afterCommit = afterCommit;
        this.dispatcher = dispatcher;
        this.policy = new TargetPolicy(config.allowLoopback(), config.allowPrivateNetworks(), resolver);
        this.secrets = new SecretBox(config.secretKey());
    }

    @Transactional
    public WebhookCreated create(String owner, WebhookRequest request, String idempotencyKey) {
        List<String> types = validated(request);
        if (idempotencyKey != null) {
            String canonical = request.url() + "|" + String.join(",", types) + "|" + request.description();
            Optional<Idempotency.StoredResponse> earlier = idempotency.claim(owner, idempotencyKey, "create-webhook",
                    Idempotency.hash(canonical));
            if (earlier.isPresent()) {
                WebhookSubscription s = subscriptions.findById(UUID.fromString(earlier.get().body()));
                return created(s, secrets.open(s.secretCiphertext, s.id.toString()));
            }
        }
        long active = subscriptions.countNotDeleted(owner);
        if (active >= config.maxPerClient()) {
            throw ProblemException.conflict("webhook-limit", "A client may hold at most " + config.maxPerClient()
                    + " subscriptions; delete one first.");
        }
        String secret = WebhookSigner.newSecret();
        WebhookSubscription s = new WebhookSubscription();
        s.id = UUID.randomUUID();
        s.ownerClient = owner;
        s.url = request.url();
        s.eventTypes = String.join(",", types);
        s.description = request.description();
        s.secretCiphertext = secrets.seal(secret, s.id.toString());
        s.status = WebhookSubscription.ENABLED;
        s.createdAt = now();
        subscriptions.persist(s);
        if (idempotencyKey != null) {
            idempotency.complete(owner, idempotencyKey, "create-webhook", new Idempotency.StoredResponse(201, s.id.toString()));
        }
        return created(s, secret);
    }

    @Transactional
    public List<WebhookView> list(String owner) {
        return subscriptions.listed(owner).stream().map(WebhookView::of).toList();
    }

    @Transactional
    public WebhookView get(String owner, UUID id) {
        return WebhookView.of(own(owner, id));
    }

    /** Removes the subscription; deliveries not yet sent are cancelled. Its history is kept. */
    @Transactional
    public void delete(String owner, UUID id) {
        WebhookSubscription s = own(owner, id);
        s.status = WebhookSubscription.DELETED;
        s.deletedAt = now();
        deliveries.cancelPending(id);
    }

    /** Enables a disabled subscription again; its pending deliveries resume. */
    @Transactional
    public WebhookView enable(String owner, UUID id) {
        WebhookSubscription s = own(owner, id);
        if (!WebhookSubscription.ENABLED.equals(s.status)) {
            s.status = WebhookSubscription.ENABLED;
            s.consecutiveFailures = 0;
            s.disabledAt = null;
            s.disabledReason = null;
            afterCommit.run(dispatcher::wake);
        }
        return WebhookView.of(s);
    }

    @Transactional
    public List<DeliveryView> deliveries(String owner, UUID id, int page, int size) {
        own(owner, id);
        List<WebhookDelivery> onePage = deliveries.ofSubscription(id, page, size);
        if (onePage.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<WebhookAttempt>> byDelivery = attempts.ofDeliveries(onePage.stream().map(d -> d.id).toList()).stream()
                .collect(Collectors.groupingBy(a -> a.deliveryId));
        return onePage.stream().map(d -> DeliveryView.of(d, byDelivery.getOrDefault(d.id, List.of()))).toList();
    }

    /** Sends one delivery again, as soon as possible, with a fresh set of attempts and the same webhook-id. */
    @Transactional
    public DeliveryView replay(String owner, UUID id, UUID deliveryId) {
        WebhookSubscription s = own(owner, id);
        WebhookDelivery d = deliveries.ofSubscription(id, deliveryId)
                .orElseThrow(() -> ProblemException.notFound("Delivery " + deliveryId));
        if (!WebhookSubscription.ENABLED.equals(s.status)) {
            throw ProblemException.conflict("webhook-disabled",
                    "The subscription is disabled; enable it (POST /api/v1/webhooks/" + id + "/enable) before replaying.");
        }
        d.status = WebhookDelivery.PENDING;
        d.attempts = 0;
        d.replays++;
        d.claimToken = null;
        d.nextAttemptAt = now();
        afterCommit.run(dispatcher::wake);
        return DeliveryView.of(d, attempts.ofDelivery(d.id));
    }

    private WebhookSubscription own(String owner, UUID id) {
        return subscriptions.own(owner, id).orElseThrow(() -> ProblemException.notFound("Webhook " + id));
    }

    private List<String> validated(WebhookRequest request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        try {
            policy.check(request.url());
        } catch (TargetPolicy.RefusedTarget e) {
            errors.add(new Problem.FieldError("url", e.getMessage()));
        }
        Set<String> types = new LinkedHashSet<>();
        List<String> asked = request.eventTypes() == null ? List.of() : request.eventTypes();
        for (int i = 0; i < asked.size(); i++) {
            if (!KNOWN_TYPES.contains(asked.get(i))) {
                errors.add(new Problem.FieldError("eventTypes[" + i + "]", "is not an event type of this system; see docs/events"));
            } else {
                types.add(asked.get(i));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors.size() + " field(s) are not acceptable", errors);
        }
        return List.copyOf(types);
    }

    private static WebhookCreated created(WebhookSubscription s, String secret) {
        return new WebhookCreated(s.id, s.url, s.eventTypeList(), s.description, s.status, s.createdAt, secret);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
