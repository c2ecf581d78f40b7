package org.expandedaccess.eligibility.screening;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.expandedaccess.infra.TestEvents;
import org.expandedaccess.infra.TopicReader;
import org.expandedaccess.infra.quarkus.KafkaTestResource;
import org.expandedaccess.infra.quarkus.PostgresTestResource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.expandedaccess.infra.quarkus.TestTokens.token;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class ScreeningPendingTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    EntityManager em;

    @Test
    void submittedRequestIsPendingScreeningAndVisibleToItsOwnerOnly() {
        String requestId = TestEvents.sendRequestSubmitted(bootstrap, UUID.randomUUID().toString(), "dr.alice", "JD", false);
        await().atMost(Duration.ofSeconds(20)).until(() -> given().auth().oauth2(token("dr.alice", "physician"))
                .when().get("/api/v1/eligibility/" + requestId).statusCode() == 200);
        given().auth().oauth2(token("dr.alice", "physician")).when().get("/api/v1/eligibility/" + requestId)
                .then().statusCode(200).body("status", equalTo("PENDING")).body("programId", equalTo("mdma-ptsd"));
        given().auth().oauth2(token("dr.bob", "physician")).when().get("/api/v1/eligibility/" + requestId)
                .then().statusCode(404);
        given().auth().oauth2(token("mark.reviewer", "medical-reviewer")).when().get("/api/v1/eligibility/" + requestId)
                .then().statusCode(200);
        given().when().get("/api/v1/eligibility/" + requestId).then().statusCode(401);
    }

    @Test
    void duplicateDeliveryIsAppliedOnce() {
        String eventId = UUID.randomUUID().toString();
        String requestId = TestEvents.sendRequestSubmitted(bootstrap, eventId, "dr.alice", "KL", false);
        String data = TestEvents.example("request.submitted.v1").replace("6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f", requestId);
        TopicReader.send(bootstrap, "ea.requests", requestId,
                TestEvents.headers(eventId, "org.expandedaccess.request.submitted.v1", "/intake-service", requestId), data);
        // same key, same partition: once this later event is applied, the duplicate has been consumed
        String marker = UUID.randomUUID().toString();
        TopicReader.send(bootstrap, "ea.requests", requestId,
                TestEvents.headers(marker, "org.expandedaccess.request.amended.v1", "/intake-service", requestId), "{}");
        await().atMost(Duration.ofSeconds(20)).until(() -> count(
                "select count(*) from processed_event where event_id = '" + marker + "'") == 1);

        assertEquals(1, count("select count(*) from processed_event where event_id = '" + eventId + "'"));
        assertEquals(1, count("select count(*) from screening where request_id = '" + requestId + "'"));
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
