package org.expandedaccess.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A physician's submissions at a fixed rate against the running system, as a load generator would
 * send them: create the complete draft, then submit it. Remembers which submissions were
 * acknowledged (submit answered 200): those must never be lost, whatever happens meanwhile.
 */
final class SubmissionLoad implements AutoCloseable {

    private static final Pattern REQUEST_ID = Pattern.compile("\"requestId\"\\s*:\\s*\"([^\"]+)\"");

    private final String intakeUrl;
    private final String token;
    private final String body;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService senders = Executors.newFixedThreadPool(16);
    private final List<String> acknowledged = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final ConcurrentHashMap<String, AtomicInteger> refused = new ConcurrentHashMap<>();
    private final AtomicInteger started = new AtomicInteger();
    private static final java.util.Set<SubmissionLoad> RUNNING = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Stops every load still running (a test that failed half-way must not leave one behind). */
    static void stopAll() throws InterruptedException {
        for (SubmissionLoad load : List.copyOf(RUNNING)) {
            load.stop();
        }
    }

    SubmissionLoad(String intakeUrl, String token, String body) {
        this.intakeUrl = intakeUrl;
        this.token = token;
        this.body = body;
    }

    /** Starts {@code perSecond} submissions a second until {@link #stop()}. */
    SubmissionLoad start(int perSecond) {
        RUNNING.add(this);
        long periodMicros = 1_000_000L / perSecond;
        ticker.scheduleAtFixedRate(() -> {
            started.incrementAndGet();
            senders.submit(this::submitOne);
        }, 0, periodMicros, TimeUnit.MICROSECONDS);
        return this;
    }

    /** Stops starting new submissions and waits for those under way. */
    void stop() throws InterruptedException {
        RUNNING.remove(this);
        ticker.shutdownNow();
        senders.shutdown();
        senders.awaitTermination(60, TimeUnit.SECONDS);
    }

    /** The requestIds whose submission was answered 200, in the order of the answers. */
    List<String> acknowledged() {
        return List.copyOf(acknowledged);
    }

    int started() {
        return started.get();
    }

    /** How many calls were refused, by what they answered ("503", "connection refused", ...). */
    String refusals() {
        return refused.toString();
    }

    private void submitOne() {
        try {
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(intakeUrl + "/api/v1/requests"))
                            .timeout(Duration.ofSeconds(15))
                            .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (created.statusCode() != 201) {
                refuse("create " + created.statusCode());
                return;
            }
            Matcher m = REQUEST_ID.matcher(created.body());
            if (!m.find()) {
                refuse("create without requestId");
                return;
            }
            String id = m.group(1);
            HttpResponse<String> submitted = http.send(HttpRequest.newBuilder(
                                    URI.create(intakeUrl + "/api/v1/requests/" + id + "/submit"))
                            .timeout(Duration.ofSeconds(15))
                            .header("Authorization", "Bearer " + token)
                            .POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (submitted.statusCode() == 200) {
                acknowledged.add(id);
            } else {
                refuse("submit " + submitted.statusCode());
            }
        } catch (java.io.IOException e) {
            refuse(e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void refuse(String why) {
        refused.computeIfAbsent(why, k -> new AtomicInteger()).incrementAndGet();
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
