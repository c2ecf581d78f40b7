package org.expandedaccess.notifications.inbox;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.expandedaccess.notifications.support.Events;
import org.expandedaccess.notifications.support.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.expandedaccess.infra.quarkus.TestTokens.token;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The inbox API: own (and own team's) items only, unread filter and count, mark read, for every role. */
@QuarkusTest
class InboxAccessTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void everyRoleReadsItsOwnInboxesOnlyAndSomeoneElsesItemIs404() {
        Events e = new Events(bootstrap).physician("dr.fay");
        e.send("request.submitted.v1");
        String fay = token("dr.fay", "physician");
        String own = awaitItem(fay, e.requestId, "REQUEST_RECEIVED");
        String team = awaitItem(token("tess.triage", "triager"), e.requestId, "NEW_REQUEST");

        Map<String, String> others = Map.of(
                "other physician", token("dr.gus", "physician"),
                "medical reviewer", token("mark.reviewer", "medical-reviewer"),
                "auditor", token("audrey.audit", "auditor"),
                "integrator", Tokens.integrator("his-" + UUID.randomUUID()));
        others.forEach((who, t) -> {
            given().auth().oauth2(t).get("/api/v1/notifications?size=200").then().statusCode(200)
                    .body("id", not(hasItem(own))).body("id", not(hasItem(team)));
            given().auth().oauth2(t).get("/api/v1/notifications/unread-count").then().statusCode(200);
            for (String id : List.of(own, team)) {
                given().auth().oauth2(t).post("/api/v1/notifications/" + id + "/read").then().statusCode(404)
                        .contentType(startsWith("application/problem+json"));
            }
        });
        given().auth().oauth2(fay).post("/api/v1/notifications/" + team + "/read").then().statusCode(404);
        for (String path : List.of("/api/v1/notifications", "/api/v1/notifications/unread-count", "/api/v1/notifications/stream")) {
            given().get(path).then().statusCode(401);
        }
        given().post("/api/v1/notifications/" + own + "/read").then().statusCode(401);
        given().auth().oauth2(fay).post("/api/v1/notifications/" + UUID.randomUUID() + "/read").then().statusCode(404);
    }

    @Test
    void unreadFilterCountAndMarkReadForAPhysicianAndATeam() {
        Events e = new Events(bootstrap).physician("dr.hal");
        String hal = token("dr.hal", "physician");
        e.send("request.submitted.v1");
        e.send("case.opened.v1");
        awaitItem(hal, e.requestId, "CASE_OPENED");
        String received = awaitItem(hal, e.requestId, "REQUEST_RECEIVED");
        given().auth().oauth2(hal).get("/api/v1/notifications/unread-count").then().statusCode(200).body("unread", equalTo(2));

        given().auth().oauth2(hal).post("/api/v1/notifications/" + received + "/read").then().statusCode(200)
                .body("read", equalTo(true)).body("id", equalTo(received));
        given().auth().oauth2(hal).post("/api/v1/notifications/" + received + "/read").then().statusCode(200);
        given().auth().oauth2(hal).get("/api/v1/notifications/unread-count").then().body("unread", equalTo(1));
        given().auth().oauth2(hal).get("/api/v1/notifications?unread=true").then().statusCode(200)
                .body("kind", equalTo(List.of("CASE_OPENED")));
        given().auth().oauth2(hal).get("/api/v1/notifications?size=1&page=1").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].kind", equalTo("REQUEST_RECEIVED"));
        given().auth().oauth2(hal).get("/api/v1/notifications?size=500").then().statusCode(400);

        // a team item is one item for the team: read by one triager, read for every triager
        String team = awaitItem(token("tess.triage", "triager"), e.requestId, "NEW_REQUEST");
        given().auth().oauth2(token("tom.triage", "triager")).post("/api/v1/notifications/" + team + "/read")
                .then().statusCode(200).body("recipient", equalTo("role:triager"));
        given().auth().oauth2(token("tess.triage", "triager")).get("/api/v1/notifications?unread=true&size=200")
                .then().body("id", not(hasItem(team)));
    }

    static String awaitItem(String token, String requestId, String kind) {
        String[] id = new String[1];
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> {
            List<String> ids = given().auth().oauth2(token).get("/api/v1/notifications?size=200").then().statusCode(200)
                    .extract().jsonPath().getList("findAll { it.requestId == '" + requestId + "' && it.kind == '" + kind + "' }.id");
            if (ids.size() > 1) {
                throw new AssertionError("more than one " + kind + " item: " + ids);
            }
            return !ids.isEmpty() && (id[0] = ids.get(0)) != null;
        });
        assertEquals(1, given().auth().oauth2(token).get("/api/v1/notifications?size=200").then().extract().jsonPath()
                .getList("findAll { it.requestId == '" + requestId + "' && it.kind == '" + kind + "' }").size());
        return id[0];
    }
}
