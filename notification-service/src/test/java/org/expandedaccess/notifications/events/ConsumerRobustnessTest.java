package org.expandedaccess.notifications.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.expandedaccess.infra.TestEvents;
import org.expandedaccess.infra.TopicReader;
import org.expandedaccess.notifications.support.Events;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.expandedaccess.infra.quarkus.TestTokens.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Events in any order across topics, unknown fields and types, and poison messages. */
@QuarkusTest
class ConsumerRobustnessTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void anOverrideThatArrivesBeforeAnythingNamingThePhysicianReachesThemOnceItIsKnown() {
        Events e = new Events(bootstrap).physician("dr.kim");
        e.send("eligibility.overridden.v1");
        // the sponsor team hears at once; the physician is not named by an override
        await().atMost(Duration.ofSeconds(20)).until(() -> kinds("tess.triage", "triager", e.requestId)
                .contains("ELIGIBILITY_OVERRIDDEN"));
        assertTrue(kinds("dr.kim", "physician", e.requestId).isEmpty());
        e.send("request.submitted.v1");
        await().atMost(Duration.ofSeconds(20)).until(() -> kinds("dr.kim", "physician", e.requestId)
                .containsAll(List.of("REQUEST_RECEIVED", "ELIGIBILITY_OVERRIDDEN")));
        // a later event of the request does not route the resolved override again
        e.send("case.opened.v1");
        await().atMost(Duration.ofSeconds(20)).until(() -> kinds("dr.kim", "physician", e.requestId).contains("CASE_OPENED"));
        assertEquals(3, kinds("dr.kim", "physician", e.requestId).size());
    }

    @Test
    void unknownFieldsAndTypesAreToleratedAndAPoisonMessageGoesToTheDeadLetterTopic() {
        Events e = new Events(bootstrap).physician("dr.lee");
        String poisonId = UUID.randomUUID().toString();
        TopicReader.send(bootstrap, "ea.cases", e.requestId,
                TestEvents.headers(poisonId, "org.expandedaccess.case.opened.v1", "/case-service", e.requestId),
                "{\"caseId\": \"" + e.caseId + "\", \"requestId\": \"not-a-uuid\"");
        TopicReader.send(bootstrap, "ea.cases", e.requestId,
                TestEvents.headers(UUID.randomUUID().toString(), "org.expandedaccess.case.archived.v9", "/case-service",
                        e.requestId), "{\"whatever\": true}");
        ObjectNode opened = e.data("case.opened.v1");
        opened.put("someFutureField", "ignored"); // a newer producer; the consumer reads what it knows
        TopicReader.send(bootstrap, "ea.cases", e.requestId,
                TestEvents.headers(UUID.randomUUID().toString(), "org.expandedaccess.case.opened.v1", "/case-service",
                        e.requestId), opened.toString());
        await().atMost(Duration.ofSeconds(20)).until(() -> kinds("dr.lee", "physician", e.requestId).contains("CASE_OPENED"));
        List<ConsumerRecord<String, String>> dead = TopicReader.read(bootstrap, "ea.cases.dlq", Duration.ofSeconds(20),
                records -> records.stream().anyMatch(r -> poisonId.equals(TopicReader.header(r, "ce_id"))));
        assertTrue(dead.stream().anyMatch(r -> poisonId.equals(TopicReader.header(r, "ce_id"))), "poison on ea.cases.dlq");
    }

    static List<String> kinds(String user, String role, String requestId) {
        return given().auth().oauth2(token(user, role)).get("/api/v1/notifications?size=200").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.requestId == '" + requestId + "' }.kind");
    }
}
