package org.expandedaccess.e2e;

import org.expandedaccess.stack.StackConfig;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.expandedaccess.e2e.RunningSystem.url;

/**
 * What every acknowledged submission must have become, read through the APIs with real tokens: the
 * request SUBMITTED, exactly one case, exactly one determination, the same inbox items as an
 * undisturbed submission (nothing missing, nothing twice), and nothing parked on a dead-letter topic.
 */
final class Pipeline {

    /**
     * The inbox items one submission causes: (recipient view, event type, kind) with their counts.
     * Deadline warnings are left out: they follow the clock (a deadline monitor may run at any
     * time), not the submission; each may appear at most once, which {@link #problem} checks.
     */
    record Footprint(Map<String, Long> items) {
        Footprint withoutDeadlines() {
            return new Footprint(items.entrySet().stream().filter(e -> !e.getKey().contains(".case.deadline-"))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new)));
        }

        List<String> repeatedDeadlines() {
            return items.entrySet().stream().filter(e -> e.getKey().contains(".case.deadline-") && e.getValue() > 1)
                    .map(e -> e.getKey() + " x" + e.getValue()).toList();
        }
    }

    private final StackConfig config = RunningSystem.config();
    private final java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8, r -> {
        Thread t = new Thread(r, "pipeline-check");
        t.setDaemon(true);
        return t;
    });

    /** The inbox items of one request, in dr.alice's inbox and the triage team's. */
    Footprint footprint(String requestId) {
        return footprints(List.of(requestId)).getOrDefault(requestId, new Footprint(Map.of()));
    }

    /**
     * Waits until every request has all it must have, or the time is up; returns what is still
     * wrong (empty when nothing is).
     */
    List<String> awaitComplete(Collection<String> requestIds, Footprint expected, Duration max) throws InterruptedException {
        Set<String> pending = new LinkedHashSet<>(requestIds);
        Map<String, String> why = new HashMap<>();
        long deadline = System.nanoTime() + max.toNanos();
        while (true) {
            String alice = RunningSystem.password("dr.alice");
            String triage = RunningSystem.password("tess.triage");
            Map<String, Footprint> inboxes = footprints(pending);
            List<String> round = List.copyOf(pending);
            List<java.util.concurrent.Future<String>> checks = new ArrayList<>();
            for (String id : round) {
                checks.add(pool.submit(() -> problem(id, alice, triage,
                        inboxes.getOrDefault(id, new Footprint(Map.of())), expected)));
            }
            for (int i = 0; i < round.size(); i++) {
                String problem;
                try {
                    problem = checks.get(i).get();
                } catch (java.util.concurrent.ExecutionException e) {
                    problem = "check failed: " + e.getCause();
                }
                if (problem == null) {
                    pending.remove(round.get(i));
                    why.remove(round.get(i));
                } else {
                    why.put(round.get(i), problem);
                }
            }
            if (pending.isEmpty() || System.nanoTime() > deadline) {
                return pending.stream().map(id -> id + ": " + why.get(id)).toList();
            }
            Thread.sleep(1000);
        }
    }

    private String problem(String id, String alice, String triage, Footprint inbox, Footprint expected) {
        var request = given().auth().oauth2(alice).get(url(config.intakePort(), "/api/v1/requests/" + id));
        if (request.statusCode() != 200 || !"SUBMITTED".equals(request.jsonPath().getString("status"))) {
            return "intake answers " + request.statusCode() + " status " + request.jsonPath().getString("status");
        }
        var cases = given().auth().oauth2(triage).queryParam("requestId", id)
                .get(url(config.casePort(), "/api/v1/cases"));
        int caseCount = cases.statusCode() == 200 ? cases.jsonPath().getList("$").size() : -1;
        if (caseCount != 1) {
            return caseCount + " cases";
        }
        var history = given().auth().oauth2(alice).get(url(config.eligibilityPort(), "/api/v1/eligibility/" + id + "/history"));
        int determinations = history.statusCode() == 200 ? history.jsonPath().getList("$").size() : -1;
        if (determinations != 1) {
            return determinations + " determinations";
        }
        if (!inbox.withoutDeadlines().equals(expected.withoutDeadlines())) {
            return "inbox items " + inbox.items() + " instead of " + expected.items();
        }
        if (!inbox.repeatedDeadlines().isEmpty()) {
            return "deadline warnings more than once: " + inbox.repeatedDeadlines();
        }
        return null;
    }

    /** Inbox items by request, read from dr.alice's inbox and the triage team's (every page). */
    private Map<String, Footprint> footprints(Collection<String> requestIds) {
        Set<String> wanted = Set.copyOf(requestIds);
        Map<String, Map<String, Long>> byRequest = new HashMap<>();
        for (String user : List.of("dr.alice", "tess.triage")) {
            String token = RunningSystem.password(user);
            for (int page = 0; ; page++) {
                List<Map<String, Object>> items = given().auth().oauth2(token).queryParam("page", page).queryParam("size", 200)
                        .get(url(config.notificationPort(), "/api/v1/notifications"))
                        .then().statusCode(200).extract().jsonPath().getList("$");
                for (Map<String, Object> item : items) {
                    String requestId = (String) item.get("requestId");
                    if (wanted.contains(requestId)) {
                        String key = user + " " + item.get("eventType") + " " + item.get("kind");
                        byRequest.computeIfAbsent(requestId, k -> new TreeMap<>()).merge(key, 1L, Long::sum);
                    }
                }
                if (items.size() < 200) {
                    break;
                }
            }
        }
        return byRequest.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> new Footprint(e.getValue())));
    }

    /** Everything any service's consumers have parked and not applied since (read with the operator's token). */
    List<String> parked() {
        String operator = RunningSystem.password("otto.operator");
        List<String> parked = new ArrayList<>();
        for (int port : List.of(config.intakePort(), config.eligibilityPort(), config.casePort(), config.notificationPort())) {
            List<Map<String, Object>> items = given().auth().oauth2(operator).queryParam("status", "PARKED")
                    .get(url(port, "/api/v1/operator/dead-letters")).then().statusCode(200).extract().jsonPath().getList("$");
            items.forEach(i -> parked.add(i.get("consumer") + " " + i.get("eventType") + " " + i.get("subject") + ": " + i.get("reason")));
        }
        return parked;
    }
}
