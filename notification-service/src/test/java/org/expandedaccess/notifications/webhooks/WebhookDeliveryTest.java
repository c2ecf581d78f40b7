package org.expandedaccess.notifications.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.expandedaccess.notifications.support.Events;
import org.expandedaccess.notifications.support.Receiver;
import org.expandedaccess.notifications.support.Receiver.Received;
import org.expandedaccess.notifications.support.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Webhooks to a real HTTP receiver on loopback, fed by real Kafka events; signatures checked independently. */
@QuarkusTest
class WebhookDeliveryTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    record Subscription(String id, String secret) {
    }

    @Test
    void anIntegratorReceivesSignedEventsOfItsOwnRequestsOnly() {
        String client = "his-" + UUID.randomUUID();
        try (Receiver receiver = new Receiver()) {
            Subscription sub = subscribe(client, receiver.url(), List.of());
            Events own = new Events(bootstrap).client(client);
            Events others = new Events(bootstrap).client("his-other");
            Events portal = new Events(bootstrap);
            String eventId = own.send("request.submitted.v1");
            others.send("request.submitted.v1");
            portal.send("request.submitted.v1");
            own.send("case.opened.v1");
            // the physician's inbox items prove the other requests were consumed (same transaction as any delivery)
            await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received().size() >= 2
                    && physicianInboxHas("dr.alice", others.requestId) && physicianInboxHas("dr.alice", portal.requestId));
            assertEquals(0, deliveriesOfAllSubscriptionsMention(client, others.requestId), "another client's request");
            assertEquals(0, deliveriesOfAllSubscriptionsMention(client, portal.requestId), "a physician's own request");
            List<Received> all = receiver.received();
            assertEquals(2, all.size(), "own submission and own case opened: " + all);
            Received first = receiver.receivedFor(own.requestId).stream()
                    .filter(r -> r.body().contains("request.submitted")).findFirst().orElseThrow();
            assertTrue(Receiver.signatureValid(first, sub.secret()), "signature verifies with the secret shown at creation");
            assertFalse(Receiver.signatureValid(first, "whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32])));
            assertEquals(eventId, first.header("webhook-id"));
            assertTrue(Math.abs(Long.parseLong(first.header("webhook-timestamp")) - System.currentTimeMillis() / 1000) < 60);
            assertEquals("application/json", first.header("content-type"));
            JsonNode body = Events.read(first.body());
            assertEquals("org.expandedaccess.request.submitted.v1", body.get("type").asText());
            assertEquals(own.requestId, body.get("data").get("requestId").asText());
            assertFalse(first.body().contains(own.initials), "no patient data in webhooks");
            Received opened = receiver.receivedFor(own.requestId).stream()
                    .filter(r -> r.body().contains("case.opened")).findFirst().orElseThrow();
            assertEquals(own.reference, Events.read(opened.body()).get("data").get("reference").asText());
        }
    }

    @Test
    void aDeliveryConnectsToTheAddressItsCheckResolvedNotToASecondAnswer() throws Exception {
        // the system resolver has no answer for rebind.test: any lookup besides the policy's own would fail
        org.junit.jupiter.api.Assertions.assertThrows(java.net.UnknownHostException.class,
                () -> java.net.InetAddress.getAllByName(org.expandedaccess.notifications.support.RebindingResolver.HOST));
        String client = "his-" + UUID.randomUUID();
        try (Receiver receiver = new Receiver()) {
            String url = receiver.url().replace("127.0.0.1", org.expandedaccess.notifications.support.RebindingResolver.HOST);
            int before = org.expandedaccess.notifications.support.RebindingResolver.LOOKUPS.get();
            subscribe(client, url, List.of());
            String eventId = new Events(bootstrap).client(client).send("request.submitted.v1");
            await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received().stream()
                    .anyMatch(r -> eventId.equals(r.header("webhook-id"))));
            // one lookup when subscribing, one when the delivery was checked; the connection asked no one
            assertEquals(2, org.expandedaccess.notifications.support.RebindingResolver.LOOKUPS.get() - before);
        }
    }

    @Test
    void aSubscriptionGetsOnlyTheTypesItAskedForAndADuplicateEventOnce() {
        String client = "his-" + UUID.randomUUID();
        try (Receiver receiver = new Receiver()) {
            subscribe(client, receiver.url(), List.of("org.expandedaccess.case.status-changed.v1"));
            Events e = new Events(bootstrap).client(client);
            e.send("request.submitted.v1");
            String id = e.send("case.status-changed.v1");
            e.send("case.status-changed.v1", e.data("case.status-changed.v1"), id);
            e.send("case.deadline-missed.v1");
            String last = e.send("case.status-changed.v1");
            await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received().stream()
                    .anyMatch(r -> last.equals(r.header("webhook-id"))));
            assertEquals(List.of(id, last).stream().sorted().toList(),
                    receiver.received().stream().map(r -> r.header("webhook-id")).sorted().toList());
        }
    }

    @Test
    void anEligibilityEventThatArrivesBeforeTheRequestReachesTheIntegratorOnceTheRequestIsKnown() {
        String client = "his-" + UUID.randomUUID();
        try (Receiver receiver = new Receiver()) {
            subscribe(client, receiver.url(), List.of());
            Events e = new Events(bootstrap).client(client);
            String determined = e.send("eligibility.determined.v1");
            await().atMost(Duration.ofSeconds(20)).until(() -> deliveriesOfAllSubscriptionsMention(client, e.requestId) == 0
                    && physicianInboxHas("dr.alice", e.requestId));
            String submitted = e.send("request.submitted.v1");
            await().atMost(Duration.ofSeconds(20)).until(() -> receiver.receivedFor(e.requestId).size() == 2);
            assertEquals(List.of(determined, submitted).stream().sorted().toList(),
                    receiver.receivedFor(e.requestId).stream().map(r -> r.header("webhook-id")).sorted().toList());
        }
    }

    @Test
    void failedAttemptsAreRetriedWithBackoffUntilTheReceiverRecovers() {
        String client = "his-" + UUID.randomUUID();
        try (Receiver receiver = new Receiver().answering(n -> n <= 2 ? 500 : 200)) {
            Subscription sub = subscribe(client, receiver.url(), List.of());
            Events e = new Events(bootstrap).client(client);
            String eventId = e.send("request.submitted.v1");
            await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received().size() == 3);
            JsonPath delivery = awaitDelivery(client, sub.id(), "DELIVERED");
            assertEquals(3, delivery.getInt("[0].attempts"));
            assertEquals(List.of(500, 500, 200), delivery.getList("[0].attemptLog.statusCode"));
            assertEquals(200, delivery.getInt("[0].lastStatusCode"));
            for (Received r : receiver.received()) {
                assertEquals(eventId, r.header("webhook-id"), "a retry is the same message");
                assertTrue(Receiver.signatureValid(r, sub.secret()));
            }
        }
    }

    @Test
    void deliveriesAreGivenUpAfterTheLimitAndARepeatedlyFailingSubscriptionIsDisabledAndItsOwnerTold() {
        String client = "his-" + UUID.randomUUID();
        try (Receiver receiver = new Receiver().answering(n -> 503)) {
            Subscription sub = subscribe(client, receiver.url(), List.of());
            Events e = new Events(bootstrap).client(client);
            e.send("request.submitted.v1");
            e.send("case.opened.v1");
            // max-attempts 3 and disable after 2 given-up deliveries in the test profile
            await().atMost(Duration.ofSeconds(30)).until(() -> "DISABLED".equals(
                    as(client).get("/api/v1/webhooks/" + sub.id()).then().statusCode(200).extract().path("status")));
            assertEquals(6, receiver.received().size(), "3 attempts for each of the 2 deliveries");
            JsonPath deliveries = as(client).get("/api/v1/webhooks/" + sub.id() + "/deliveries").then().statusCode(200)
                    .extract().jsonPath();
            assertEquals(List.of("FAILED", "FAILED"), deliveries.getList("status"));
            assertEquals(List.of(503, 503, 503), deliveries.getList("[0].attemptLog.statusCode"));
            as(client).get("/api/v1/notifications").then().statusCode(200)
                    .body("find { it.kind == 'WEBHOOK_DISABLED' }.title", equalTo("Webhook disabled after repeated failures"))
                    .body("find { it.kind == 'WEBHOOK_DISABLED' }.recipient", equalTo("client:" + client));

            // nothing is sent while disabled; replay is refused until the owner enables it again
            Events later = new Events(bootstrap).client(client);
            later.send("request.submitted.v1");
            String deliveryId = deliveries.getString("[0].id");
            as(client).post("/api/v1/webhooks/" + sub.id() + "/deliveries/" + deliveryId + "/replay").then().statusCode(409);
            receiver.answering(n -> 200);
            as(client).post("/api/v1/webhooks/" + sub.id() + "/enable").then().statusCode(200).body("status", equalTo("ENABLED"));
            as(client).post("/api/v1/webhooks/" + sub.id() + "/deliveries/" + deliveryId + "/replay").then().statusCode(202)
                    .body("status", equalTo("PENDING")).body("replays", equalTo(1));
            await().atMost(Duration.ofSeconds(20)).until(() -> receiver.receivedFor(later.requestId).size() == 1
                    && receiver.received().size() == 8);
        }
    }

    @Test
    void replaySendsADeliveredEventAgainWithTheSameIdAndAFreshSignature() {
        String client = "his-" + UUID.randomUUID();
        try (Receiver receiver = new Receiver()) {
            Subscription sub = subscribe(client, receiver.url(), List.of());
            Events e = new Events(bootstrap).client(client);
            e.send("request.submitted.v1");
            JsonPath delivery = awaitDelivery(client, sub.id(), "DELIVERED");
            as(client).post("/api/v1/webhooks/" + sub.id() + "/deliveries/" + delivery.getString("[0].id") + "/replay")
                    .then().statusCode(202);
            await().atMost(Duration.ofSeconds(20)).until(() -> receiver.received().size() == 2);
            List<Received> twice = receiver.received();
            assertEquals(twice.get(0).header("webhook-id"), twice.get(1).header("webhook-id"));
            assertEquals(twice.get(0).body(), twice.get(1).body());
            assertTrue(Receiver.signatureValid(twice.get(1), sub.secret()));
            JsonPath after = awaitDelivery(client, sub.id(), "DELIVERED");
            assertEquals(2, after.getList("[0].attemptLog").size());
            assertEquals(1, after.getInt("[0].replays"));
        }
    }

    private JsonPath awaitDelivery(String client, String subscriptionId, String status) {
        JsonPath[] last = new JsonPath[1];
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            last[0] = as(client).get("/api/v1/webhooks/" + subscriptionId + "/deliveries").then().statusCode(200)
                    .extract().jsonPath();
            return status.equals(last[0].getString("[0].status"));
        });
        return last[0];
    }

    private int deliveriesOfAllSubscriptionsMention(String client, String requestId) {
        int count = 0;
        for (String id : as(client).get("/api/v1/webhooks").then().extract().jsonPath().getList("id", String.class)) {
            count += as(client).get("/api/v1/webhooks/" + id + "/deliveries").then().extract().jsonPath()
                    .getList("findAll { it.requestId == '" + requestId + "' }").size();
        }
        return count;
    }

    private boolean physicianInboxHas(String physician, String requestId) {
        return given().auth().oauth2(org.expandedaccess.infra.quarkus.TestTokens.token(physician, "physician"))
                .get("/api/v1/notifications?size=200").then().statusCode(200).extract().jsonPath()
                .getList("requestId").contains(requestId);
    }

    static io.restassured.specification.RequestSpecification as(String client) {
        return given().auth().oauth2(Tokens.integrator(client));
    }

    static Subscription subscribe(String client, String url, List<String> types) {
        JsonPath created = as(client).contentType("application/json")
                .body(Map.of("url", url, "eventTypes", types, "description", "test receiver"))
                .post("/api/v1/webhooks").then().statusCode(201).extract().jsonPath();
        return new Subscription(created.getString("id"), created.getString("secret"));
    }
}
