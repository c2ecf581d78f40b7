package org.expandedaccess.notifications.inbox;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.expandedaccess.infra.TestEvents;
import org.expandedaccess.infra.TopicReader;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.expandedaccess.infra.quarkus.TestTokens.token;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class RequestReceivedTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void submittingPhysicianGetsOneReceivedItemAndNobodyElseSeesIt() {
        String eventId = UUID.randomUUID().toString();
        String requestId = TestEvents.sendRequestSubmitted(bootstrap, eventId, "dr.alice", "MN", false);
        await().atMost(Duration.ofSeconds(20)).until(() -> itemsFor("dr.alice", requestId).size() == 1);

        // redelivery of the same event adds nothing; a later event on the same key proves it was consumed
        String data = TestEvents.example("request.submitted.v1").replace("6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f", requestId)
                .replace("\"JD\"", "\"MN\"");
        TopicReader.send(bootstrap, "ea.requests", requestId,
                TestEvents.headers(eventId, "org.expandedaccess.request.submitted.v1", "/intake-service", requestId), data);
        String later = TestEvents.sendRequestSubmitted(bootstrap, UUID.randomUUID().toString(), "dr.alice", "OP", true);
        await().atMost(Duration.ofSeconds(20)).until(() -> itemsFor("dr.alice", later).size() == 1);
        assertEquals(1, itemsFor("dr.alice", requestId).size());

        String title = given().auth().oauth2(token("dr.alice", "physician")).when().get("/api/v1/notifications")
                .then().statusCode(200).extract().jsonPath()
                .getString("find { it.requestId == '" + requestId + "' }.title");
        assertEquals("Request received for patient MN", title);
        assertTrue(given().auth().oauth2(token("dr.alice", "physician")).when().get("/api/v1/notifications")
                .then().extract().jsonPath().getString("find { it.requestId == '" + later + "' }.title")
                .startsWith("Emergency request received"));

        given().auth().oauth2(token("dr.bob", "physician")).when().get("/api/v1/notifications")
                .then().statusCode(200).body("requestId", not(hasItem(requestId)));
        given().when().get("/api/v1/notifications").then().statusCode(401);
    }

    private List<Object> itemsFor(String user, String requestId) {
        return given().auth().oauth2(token(user, "physician")).when().get("/api/v1/notifications?size=200")
                .then().statusCode(200).extract().jsonPath().getList("findAll { it.requestId == '" + requestId + "' }");
    }
}
