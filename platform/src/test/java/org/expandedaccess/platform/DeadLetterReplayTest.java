package org.expandedaccess.platform;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.expandedaccess.infra.TestEvents;
import org.expandedaccess.infra.TopicReader;
import org.expandedaccess.infra.quarkus.PostgresTestResource;
import org.expandedaccess.platform.testapp.ThingEventsConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A genuinely poison message is parked with its consumer and reason, the cause is fixed (here: the
 * consumer learns to handle it, standing in for a code change), the operator replays it, and it is
 * applied exactly once however often it is replayed.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = ThingsKafkaTestResource.class, restrictToAnnotatedClass = false)
class DeadLetterReplayTest {

    private static final String DEAD_LETTERS = "/api/v1/operator/dead-letters";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    EntityManager em;

    @AfterEach
    void undoTheFix() {
        ThingEventsConsumer.namesXxSupported = false;
    }

    @Test
    @TestSecurity(user = "otto.operator", roles = "operator")
    void poisonIsParkedWithItsReasonThenReplayedOnceAfterTheFix() {
        String eventId = sendThing("XX", Map.of());

        // parked: on the dead-letter topic with our headers, and listed with the reason
        List<ConsumerRecord<String, String>> dead = TopicReader.read(bootstrap, "ea.things.dlq", Duration.ofSeconds(30),
                rs -> rs.stream().anyMatch(r -> eventId.equals(TopicReader.header(r, "ce_id"))));
        ConsumerRecord<String, String> record = dead.stream()
                .filter(r -> eventId.equals(TopicReader.header(r, "ce_id"))).findFirst().orElseThrow();
        assertEquals("platform-test.things", TopicReader.header(record, "ea-dead-letter-consumer"));
        assertTrue(TopicReader.header(record, "ea-dead-letter-reason").endsWith("things named XX are not supported yet"));
        assertEquals("ea.things", TopicReader.header(record, "dead-letter-topic"));

        JsonPath parked = parked(eventId);
        assertEquals("PARKED", parked.getString("status"));
        assertEquals("platform-test.things", parked.getString("consumer"));
        assertEquals("ea.things", parked.getString("originalTopic"));
        assertEquals("org.expandedaccess.thing.created.v1", parked.getString("eventType"));
        assertTrue(parked.getString("reason").contains("not supported yet"), parked.getString("reason"));
        String replay = DEAD_LETTERS + "/" + record.topic() + "/" + record.partition() + "/" + record.offset() + "/replay";

        // replayed before the fix: it fails again and stays parked, nothing is applied
        given().post(replay).then().statusCode(200)
                .body("outcome", equalTo("STILL_FAILING"))
                .body("reason", org.hamcrest.Matchers.containsString("not supported yet"));
        assertEquals(0, seen(eventId));

        // the fix, then the replay: applied once
        ThingEventsConsumer.namesXxSupported = true;
        given().post(replay).then().statusCode(200)
                .body("outcome", equalTo("APPLIED")).body("eventId", equalTo(eventId))
                .body("consumer", equalTo("platform-test.things"));
        assertEquals(1, seen(eventId));

        // again, and all at once: nothing is applied twice
        given().post(replay).then().statusCode(200).body("outcome", equalTo("ALREADY_APPLIED"));
        List<String> replayedIds = given().post(DEAD_LETTERS + "/replay").then().statusCode(200)
                .extract().jsonPath().getList("eventId");
        assertTrue(!replayedIds.contains(eventId), "an applied message is not replayed again: " + replayedIds);
        assertEquals(1, seen(eventId));
        assertEquals("APPLIED", parked(eventId).getString("status"));
    }

    @Test
    @TestSecurity(user = "otto.operator", roles = "operator")
    void messagesParkedBeforeConsumersNamedThemselvesBelongToTheConsumerOfTheirTopic() {
        // as SmallRye's dead-letter strategy alone wrote them: original headers plus dead-letter-*, no consumer
        String eventId = UUID.randomUUID().toString();
        Map<String, String> headers = new HashMap<>(TestEvents.headers(eventId, "org.expandedaccess.thing.created.v1",
                "/platform-test", "thing-1"));
        headers.put("dead-letter-topic", "ea.things");
        headers.put("dead-letter-partition", "0");
        headers.put("dead-letter-offset", "7");
        headers.put("dead-letter-exception-class-name", "java.lang.IllegalStateException");
        TopicReader.send(bootstrap, "ea.things.dlq", "thing-1", headers, "{\"name\":\"LG\"}");

        await().atMost(Duration.ofSeconds(20)).until(() -> parkedOrNull(eventId) != null);
        JsonPath parked = parked(eventId);
        assertEquals("PARKED", parked.getString("status"));
        assertEquals("platform-test.things", parked.getString("consumer"));
        assertEquals("java.lang.IllegalStateException", parked.getString("reason"));

        List<Map<String, Object>> results = given().post(DEAD_LETTERS + "/replay").then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertTrue(results.stream().anyMatch(r -> eventId.equals(r.get("eventId")) && "APPLIED".equals(r.get("outcome"))),
                results.toString());
        assertEquals(1, seen(eventId));
    }

    @Test
    @TestSecurity(user = "otto.operator", roles = "operator")
    void anUnknownStatusFilterOrRecordIsAProblem() {
        given().queryParam("status", "LOST").get(DEAD_LETTERS).then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("status"));
        given().post(DEAD_LETTERS + "/ea.things.dlq/0/999999/replay").then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    @TestSecurity(user = "dr.alice", roles = "physician")
    void onlyOperatorsSeeOrReplayDeadLetters() {
        given().get(DEAD_LETTERS).then().statusCode(403);
        given().post(DEAD_LETTERS + "/replay").then().statusCode(403);
    }

    /** Sends a thing event straight to ea.things, as a producer would; returns its CloudEvents id. */
    private String sendThing(String name, Map<String, String> extra) {
        String eventId = UUID.randomUUID().toString();
        Map<String, String> headers = new HashMap<>(TestEvents.headers(eventId, "org.expandedaccess.thing.created.v1",
                "/platform-test", "thing-" + name));
        headers.putAll(extra);
        TopicReader.send(bootstrap, "ea.things", "thing-" + name, headers, "{\"name\":\"" + name + "\"}");
        return eventId;
    }

    private JsonPath parked(String eventId) {
        await().atMost(Duration.ofSeconds(20)).until(() -> parkedOrNull(eventId) != null);
        return parkedOrNull(eventId);
    }

    private JsonPath parkedOrNull(String eventId) {
        List<Map<String, Object>> all = given().get(DEAD_LETTERS).then().statusCode(200).extract().jsonPath().getList("$");
        return all.stream().filter(p -> eventId.equals(p.get("eventId"))).findFirst()
                .map(p -> new JsonPath(toJson(p))).orElse(null);
    }

    private static String toJson(Map<String, Object> map) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(map);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private long seen(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from thing_seen where event_id = :id").setParameter("id", eventId)
                .getSingleResult()).longValue());
    }
}
