package org.expandedaccess.notifications.webhooks;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import org.expandedaccess.platform.work.Backoff;
import org.expandedaccess.platform.work.ClaimedWork;
import org.expandedaccess.platform.work.Worker;
import org.expandedaccess.notifications.inbox.NotificationService;
import org.expandedaccess.notifications.recipients.Directory;
import org.expandedaccess.notifications.rules.Message;
import org.jboss.logging.Logger;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;

import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends webhook deliveries. Due rows are claimed with {@code FOR UPDATE SKIP LOCKED} and leased
 * (several instances can run; a crash mid-send only delays a delivery), POSTed in parallel outside
 * any transaction with Standard Webhooks headers, and the outcome recorded: every attempt is kept,
 * failures are retried with exponential backoff and jitter (the schedule is in the database, so it
 * survives a restart), a delivery is given up after {@code ea.webhooks.max-attempts}, and after
 * {@code ea.webhooks.disable-after-failed-deliveries} given-up deliveries in a row the subscription is
 * disabled and its owner told in its inbox. Redirects are not followed; the target is checked again
 * before each attempt.
 */
@ApplicationScoped
public class WebhookDispatcher implements ClaimedWork<WebhookDispatcher.Claimed, WebhookDispatcher.Outcome> {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    private final EntityManager em;
    private final WebhooksConfig config;
    private final NotificationService inbox;
    private final TargetPolicy policy;
    private final SecretBox secrets;
    private final Backoff backoff;
    private final Worker<Claimed, Outcome> worker;
    private final HttpClient http;
    private final WebhookSubscriptionRepository subscriptions;
    private final WebhookDeliveryRepository deliveries;
    private final WebhookAttemptRepository attempts;
    private ExecutorService senders;

    WebhookDispatcher(EntityManager em, WebhooksConfig config, NotificationService inbox, HostResolver resolver,
                      Vertx vertx, WebhookSubscriptionRepository subscriptions, WebhookDeliveryRepository deliveries,
                      WebhookAttemptRepository attempts) {
        this.em = em;
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.attempts = attempts;
        this.config = config;
        this.inbox = inbox;
        this.policy = new TargetPolicy(config.allowLoopback(), config.allowPrivateNetworks(), resolver);
        this.secrets = new SecretBox(config.secretKey());
        this.backoff = new Backoff(config.retryInitialDelay(), config.retryMaxDelay());
        this.worker = new Worker<>("webhook-dispatcher", config.sweepInterval(), config.batchSize(),
                java.time.Duration.ofSeconds(30), this);
        // one connection per delivery, to the checked address; TLS verifies the host name of the URL
        this.http = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setVerifyHost(true)
                .setForceSni(true)
                .setKeepAlive(false)
                .setProtocolVersion(HttpVersion.HTTP_1_1));
    }

    void onStart(@Observes StartupEvent event) {
        senders = Executors.newFixedThreadPool(config.senders(), r -> {
            Thread t = new Thread(r, "webhook-sender");
            t.setDaemon(true);
            return t;
        });
        worker.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        worker.stop(config.connectTimeout().plus(config.requestTimeout()).plusSeconds(5));
        if (senders != null) {
            senders.shutdownNow();
        }
    }

    public void wake() {
        worker.wake();
    }

    record Claimed(UUID id, UUID subscriptionId, String eventId, String payload, int attempts, String url,
                           String secretCiphertext, String ownerClient, UUID token) {
    }

    /** What one attempt gave: a status code (null if no response), an error (null on success). */
    record Outcome(Integer statusCode, String error, long durationMs) {
        boolean delivered() {
            return error == null;
        }
    }

    /** POSTs the deliveries in parallel, outside any transaction. */
    @Override
    public List<Outcome> perform(List<Claimed> batch) {
        List<Future<Outcome>> sends = new ArrayList<>(batch.size());
        for (Claimed c : batch) {
            sends.add(senders.submit(() -> send(c)));
        }
        long waitMs = config.connectTimeout().plus(config.requestTimeout()).toMillis() + 5_000;
        List<Outcome> outcomes = new ArrayList<>(batch.size());
        for (Future<Outcome> send : sends) {
            try {
                outcomes.add(send.get(waitMs, TimeUnit.MILLISECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                outcomes.add(new Outcome(null, "interrupted", waitMs));
            } catch (ExecutionException | TimeoutException e) {
                outcomes.add(new Outcome(null, e.getClass().getSimpleName(), waitMs));
            }
        }
        return outcomes;
    }

    /** A failed delivery is rescheduled with its own backoff in the database; the loop need not slow down. */
    @Override
    public boolean failed(Outcome outcome) {
        return false;
    }

    @Override
    public void record(List<Claimed> batch, List<Outcome> outcomes) {
        for (int i = 0; i < batch.size(); i++) {
            record(batch.get(i), outcomes.get(i));
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Claimed> claim(int limit) {
        List<Object[]> rows = em.createNativeQuery("select d.id, d.subscription_id, d.event_id, d.payload, d.attempts,"
                        + " s.url, s.secret_ciphertext, s.owner_client"
                        + " from webhook_delivery d join webhook_subscription s on s.id = d.subscription_id"
                        + " where d.status = 'PENDING' and d.next_attempt_at <= :now and s.status = 'ENABLED'"
                        + " order by d.next_attempt_at limit :limit for update of d skip locked")
                .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
                .setParameter("limit", limit)
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        UUID token = UUID.randomUUID();
        OffsetDateTime leaseEnd = OffsetDateTime.now(ZoneOffset.UTC)
                .plus(config.connectTimeout().plus(config.requestTimeout()).multipliedBy(2)).plusSeconds(30);
        em.createNativeQuery("update webhook_delivery set attempts = attempts + 1, next_attempt_at = :lease,"
                        + " claim_token = :token where id in (:ids)")
                .setParameter("lease", leaseEnd).setParameter("token", token)
                .setParameter("ids", rows.stream().map(r -> (UUID) r[0]).toList())
                .executeUpdate();
        return rows.stream().map(r -> new Claimed((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3],
                ((Number) r[4]).intValue() + 1, (String) r[5], (String) r[6], (String) r[7], token)).toList();
    }

    private Outcome send(Claimed c) {
        long start = System.nanoTime();
        TargetPolicy.Target target;
        try {
            target = policy.check(c.url());
        } catch (TargetPolicy.RefusedTarget e) {
            return new Outcome(null, "target refused: " + e.getMessage(), 0);
        }
        long timestamp = Instant.now().getEpochSecond();
        String secret = secrets.open(c.secretCiphertext(), c.subscriptionId().toString());
        URI uri = target.uri();
        String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() != null ? "?" + uri.getRawQuery() : "");
        RequestOptions request = new RequestOptions()
                .setMethod(HttpMethod.POST)
                // the address that was checked, not a second DNS answer (rebinding)
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(target.addresses().get(0), target.port())))
                .setHost(uri.getHost())
                .setPort(target.port())
                .setSsl(uri.getScheme().equalsIgnoreCase("https"))
                .setURI(path)
                .setFollowRedirects(false)
                .setIdleTimeout(config.requestTimeout().toMillis())
                .putHeader("Content-Type", "application/json")
                .putHeader("User-Agent", "expanded-access-webhooks/1")
                .putHeader("webhook-id", c.eventId())
                .putHeader("webhook-timestamp", Long.toString(timestamp))
                .putHeader("webhook-signature", WebhookSigner.sign(secret, c.eventId(), timestamp, c.payload()));
        try {
            int status = http.request(request)
                    .compose(r -> r.send(Buffer.buffer(c.payload())))
                    .compose(response -> response.body().map(ignored -> response.statusCode()))
                    .toCompletionStage().toCompletableFuture()
                    .get(config.connectTimeout().plus(config.requestTimeout()).toMillis(), TimeUnit.MILLISECONDS);
            long ms = (System.nanoTime() - start) / 1_000_000;
            return status >= 200 && status < 300 ? new Outcome(status, null, ms)
                    : new Outcome(status, "receiver answered " + status, ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "interrupted", (System.nanoTime() - start) / 1_000_000);
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            return new Outcome(null, cause.getClass().getSimpleName() + (cause.getMessage() != null ? ": " + cause.getMessage() : ""),
                    (System.nanoTime() - start) / 1_000_000);
        }
    }

    private void record(Claimed c, Outcome outcome) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        WebhookAttempt attempt = new WebhookAttempt();
        attempt.deliveryId = c.id();
        attempt.attemptedAt = now;
        attempt.statusCode = outcome.statusCode();
        attempt.error = truncate(outcome.error());
        attempt.durationMs = (int) Math.min(outcome.durationMs(), Integer.MAX_VALUE);
        attempts.persist(attempt);
        WebhookDelivery d = deliveries.findById(c.id());
        if (d == null || !c.token().equals(d.claimToken)) {
            return; // the lease ran out and another sender took it over; its outcome counts
        }
        d.claimToken = null;
        d.lastStatusCode = outcome.statusCode();
        d.lastError = attempt.error;
        if (outcome.delivered()) {
            d.status = WebhookDelivery.DELIVERED;
            d.deliveredAt = now;
            em.createNativeQuery("update webhook_subscription set consecutive_failures = 0 where id = :id")
                    .setParameter("id", c.subscriptionId()).executeUpdate();
            return;
        }
        if (c.attempts() < config.maxAttempts()) {
            d.nextAttemptAt = now.plus(backoff.after(c.attempts(), ThreadLocalRandom.current()));
            return;
        }
        d.status = WebhookDelivery.FAILED;
        LOG.warnf("webhook delivery %s given up after %d attempts", d.id, c.attempts());
        WebhookSubscription s = subscriptions.lock(c.subscriptionId());
        s.consecutiveFailures++;
        if (WebhookSubscription.ENABLED.equals(s.status) && s.consecutiveFailures >= config.disableAfterFailedDeliveries()) {
            s.status = WebhookSubscription.DISABLED;
            s.disabledAt = now;
            s.disabledReason = s.consecutiveFailures + " deliveries in a row failed; last: " + truncate(outcome.error());
            LOG.warnf("webhook subscription %s of %s disabled after %d failed deliveries", s.id, s.ownerClient,
                    s.consecutiveFailures);
            inbox.add(Directory.CLIENT_PREFIX + s.ownerClient, "webhook-disabled:" + s.id + ":" + now.toInstant().toEpochMilli(),
                    "webhook", new Message("WEBHOOK_DISABLED", "Webhook disabled after repeated failures",
                            s.consecutiveFailures + " deliveries in a row to " + s.url + " failed (last: "
                                    + truncate(outcome.error()) + "), so subscription " + s.id + " was disabled.",
                            "Fix the endpoint, then POST /api/v1/webhooks/" + s.id + "/enable and replay the failed"
                                    + " deliveries listed at GET /api/v1/webhooks/" + s.id + "/deliveries.",
                            null, null, null, false));
        }
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 500 ? s : s.substring(0, 500);
    }
}
