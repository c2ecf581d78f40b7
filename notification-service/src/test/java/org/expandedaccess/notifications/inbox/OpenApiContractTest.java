package org.expandedaccess.notifications.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.expandedaccess.notifications.support.Events;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** /q/openapi (open, no token) documents every endpoint, its problem responses and the SSE media type. */
@QuarkusTest
class OpenApiContractTest {

    @Test
    void theContractListsEveryEndpointWithItsProblemsAndTheEventStream() {
        JsonNode paths = Events.read(given().get("/q/openapi?format=json").then().statusCode(200).extract().asString())
                .get("paths");
        for (String path : List.of("/api/v1/notifications", "/api/v1/notifications/unread-count",
                "/api/v1/notifications/{id}/read", "/api/v1/notifications/stream", "/api/v1/webhooks",
                "/api/v1/webhooks/{id}", "/api/v1/webhooks/{id}/enable", "/api/v1/webhooks/{id}/deliveries",
                "/api/v1/webhooks/{id}/deliveries/{deliveryId}/replay")) {
            assertTrue(paths.has(path), path);
        }
        assertTrue(paths.at("/~1api~1v1~1notifications~1stream/get/responses/200/content").has("text/event-stream"));
        JsonNode create = paths.at("/~1api~1v1~1webhooks/post/responses");
        assertTrue(create.at("/422/content").has("application/problem+json"));
        assertFalse(create.at("/201/content/application~1json/schema").isMissingNode());
        assertFalse(paths.at("/~1api~1v1~1webhooks~1{id}~1deliveries~1{deliveryId}~1replay/post/responses/404").isMissingNode());
        assertFalse(paths.at("/~1api~1v1~1notifications~1{id}~1read/post/responses/404").isMissingNode());
    }
}
