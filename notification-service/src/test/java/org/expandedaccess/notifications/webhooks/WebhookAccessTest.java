package org.expandedaccess.notifications.webhooks;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.expandedaccess.notifications.support.Tokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static io.restassured.RestAssured.given;
import static org.expandedaccess.infra.quarkus.TestTokens.token;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who may use the webhook API, whose subscriptions they see, and which targets are refused. */
@QuarkusTest
class WebhookAccessTest {

    private static final String RECEIVER = "http://127.0.0.1:9/hook";

    @Test
    void everyEndpointIsForIntegratorsAndEachClientSeesOnlyItsOwnSubscriptions() {
        String owner = "his-" + UUID.randomUUID();
        String sub = WebhookDeliveryTest.subscribe(owner, RECEIVER, List.of()).id();
        String base = "/api/v1/webhooks/" + sub;
        String delivery = "/deliveries/" + UUID.randomUUID() + "/replay";
        Map<String, Function<io.restassured.specification.RequestSpecification, Response>> endpoints = Map.of(
                "POST /webhooks", r -> r.contentType("application/json").body(Map.of("url", RECEIVER)).post("/api/v1/webhooks"),
                "GET /webhooks", r -> r.get("/api/v1/webhooks"),
                "GET /webhooks/{id}", r -> r.get(base),
                "POST /webhooks/{id}/enable", r -> r.post(base + "/enable"),
                "GET /webhooks/{id}/deliveries", r -> r.get(base + "/deliveries"),
                "POST /webhooks/{id}/deliveries/{d}/replay", r -> r.post(base + delivery),
                "DELETE /webhooks/{id}", r -> r.delete(base));
        Map<String, String> staff = Map.of("dr.alice", "physician", "tess.triage", "triager",
                "mark.reviewer", "medical-reviewer", "audrey.audit", "auditor");
        endpoints.forEach((name, call) -> {
            call.apply(given()).then().statusCode(401);
            staff.forEach((user, role) -> assertEquals(403, call.apply(given().auth().oauth2(token(user, role))).statusCode(),
                    name + " as " + role));
        });
        // another integrator: its own list works, someone else's subscription does not exist for it
        String intruder = Tokens.integrator("his-intruder");
        given().auth().oauth2(intruder).get("/api/v1/webhooks").then().statusCode(200).body("id", not(hasItem(sub)));
        for (String name : List.of("GET /webhooks/{id}", "POST /webhooks/{id}/enable", "GET /webhooks/{id}/deliveries",
                "POST /webhooks/{id}/deliveries/{d}/replay", "DELETE /webhooks/{id}")) {
            endpoints.get(name).apply(given().auth().oauth2(intruder)).then().statusCode(404)
                    .contentType(startsWith("application/problem+json"));
        }
        // the owner: everything works; an unknown delivery is 404; after DELETE the subscription is gone
        String own = Tokens.integrator(owner);
        given().auth().oauth2(own).get("/api/v1/webhooks").then().statusCode(200).body("id", hasItem(sub))
                .body("find { it.id == '" + sub + "' }.secret", org.hamcrest.Matchers.nullValue());
        given().auth().oauth2(own).get(base).then().statusCode(200).body("url", equalTo(RECEIVER));
        given().auth().oauth2(own).get(base + "/deliveries").then().statusCode(200);
        given().auth().oauth2(own).post(base + "/enable").then().statusCode(200);
        given().auth().oauth2(own).post(base + delivery).then().statusCode(404);
        // as a generated client sends it: the only media type the operation documents is the errors' problem+json
        given().auth().oauth2(own).accept("application/problem+json").delete(base).then().statusCode(204);
        given().auth().oauth2(own).get(base).then().statusCode(404);
        given().auth().oauth2(own).get("/api/v1/webhooks").then().body("id", not(hasItem(sub)));
    }

    @Test
    void aPersonManagesWebhooksOnlyForTheIntegrationTheRealmMakesThemAdministerNeverAsThePortal() {
        String client = "his-" + UUID.randomUUID();
        String sub = WebhookDeliveryTest.subscribe(client, RECEIVER, List.of()).id();
        // the portal's azp is everybody's there: it must not own subscriptions
        given().auth().oauth2(Tokens.portalIntegrator("ivan.unlinked", null)).get("/api/v1/webhooks").then()
                .statusCode(403).contentType(org.hamcrest.Matchers.startsWith("application/problem+json"));
        given().auth().oauth2(Tokens.portalIntegrator("ivan.unlinked", null)).contentType("application/json")
                .body(java.util.Map.of("url", RECEIVER, "eventTypes", List.of(), "description", "x"))
                .post("/api/v1/webhooks").then().statusCode(403);
        // an administrator of that client sees its subscriptions, and no other client's
        given().auth().oauth2(Tokens.portalIntegrator("ivan.admin", client)).get("/api/v1/webhooks").then()
                .statusCode(200).body("id", hasItem(sub));
        given().auth().oauth2(Tokens.portalIntegrator("ivan.admin", "his-other-" + UUID.randomUUID()))
                .get("/api/v1/webhooks").then().statusCode(200).body("id", not(hasItem(sub)));
    }

    @Test
    void targetsOutsideThePublicInternetAndUnknownEventTypesAreRefusedAndNothingIsCreated() {
        String client = "his-" + UUID.randomUUID();
        String token = Tokens.integrator(client);
        Map<String, String> refused = Map.of(
                "http://93.184.216.34/hook", "must be an https:// URL",
                "https://10.1.2.3/hook", "private or link-local",
                "https://192.168.0.10/hook", "private or link-local",
                "https://172.16.5.4/hook", "private or link-local",
                "https://[fd00::1]/hook", "private or link-local",
                "https://169.254.169.254/latest/meta-data/", "cloud metadata",
                "https://0.0.0.0/hook", "unspecified",
                "https://user:pass@93.184.216.34/hook", "credentials",
                "ftp://93.184.216.34/hook", "https",
                "https://no-such-host.invalid/hook", "does not resolve");
        refused.forEach((url, why) -> given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("url", url)).post("/api/v1/webhooks")
                .then().statusCode(422).contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("url"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString(why)));
        given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("url", RECEIVER, "eventTypes", List.of("org.expandedaccess.case.opened.v1", "case.opened")))
                .post("/api/v1/webhooks").then().statusCode(422).body("errors[0].field", equalTo("eventTypes[1]"));
        given().auth().oauth2(token).contentType("application/json").body(Map.of("eventTypes", List.of()))
                .post("/api/v1/webhooks").then().statusCode(400);
        given().auth().oauth2(token).get("/api/v1/webhooks").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void aRetriedCreationWithTheSameIdempotencyKeyCreatesOneSubscription() {
        String client = "his-" + UUID.randomUUID();
        String token = Tokens.integrator(client);
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("url", RECEIVER, "eventTypes", List.of("org.expandedaccess.case.opened.v1"));
        Response first = given().auth().oauth2(token).header("Idempotency-Key", key).contentType("application/json")
                .body(body).post("/api/v1/webhooks");
        Response again = given().auth().oauth2(token).header("Idempotency-Key", key).contentType("application/json")
                .body(body).post("/api/v1/webhooks");
        first.then().statusCode(201);
        again.then().statusCode(201);
        assertEquals(first.jsonPath().getString("id"), again.jsonPath().getString("id"));
        assertEquals(first.jsonPath().getString("secret"), again.jsonPath().getString("secret"));
        assertTrue(first.jsonPath().getString("secret").startsWith("whsec_"));
        given().auth().oauth2(token).get("/api/v1/webhooks").then().body("size()", equalTo(1));
        given().auth().oauth2(token).header("Idempotency-Key", key).contentType("application/json")
                .body(Map.of("url", RECEIVER)).post("/api/v1/webhooks").then().statusCode(422);
    }
}
