package org.expandedaccess.intake.requests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.expandedaccess.infra.TopicReader;

import java.io.IOException;
import java.nio.file.Path;
import org.expandedaccess.testing.EventSchemas;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.expandedaccess.infra.quarkus.TestTokens.token;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Helpers shared by the intake tests: tokens, bodies, and the events on ea.requests. */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();

    private Api() {
    }

    static RequestSpecification as(String user, String role) {
        return given().auth().oauth2(token(user, role)).contentType("application/json");
    }

    static RequestSpecification alice() {
        return as("dr.alice", "physician");
    }

    static ObjectNode complete() {
        try {
            return (ObjectNode) JSON.readTree(Examples.COMPLETE);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sets the value at a dotted path with [i] indexes, e.g. priorTreatments[0].endDate. */
    static ObjectNode with(ObjectNode root, String path, JsonNode value) {
        String[] parts = path.split("\\.");
        JsonNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            node = step(node, parts[i]);
        }
        String last = parts[parts.length - 1];
        if (last.endsWith("]")) {
            String name = last.substring(0, last.indexOf('['));
            int index = Integer.parseInt(last.substring(last.indexOf('[') + 1, last.length() - 1));
            ((ArrayNode) node.get(name)).set(index, value);
        } else {
            ((ObjectNode) node).set(last, value);
        }
        return root;
    }

    private static JsonNode step(JsonNode node, String part) {
        if (part.endsWith("]")) {
            String name = part.substring(0, part.indexOf('['));
            int index = Integer.parseInt(part.substring(part.indexOf('[') + 1, part.length() - 1));
            return node.get(name).get(index);
        }
        return node.get(part);
    }

    static String createDraft(RequestSpecification as, String body) {
        return as.body(body).when().post("/api/v1/requests").then().statusCode(201).extract().path("requestId");
    }

    /** Events of one request on ea.requests; waits until {@code atLeast} are there (or 10 s). */
    static List<ConsumerRecord<String, String>> events(String bootstrap, String requestId, int atLeast) {
        return TopicReader.read(bootstrap, "ea.requests", Duration.ofSeconds(atLeast == 0 ? 3 : 10),
                        r -> r.stream().filter(x -> requestId.equals(x.key())).count() >= Math.max(atLeast, 1) && atLeast > 0)
                .stream().filter(x -> requestId.equals(x.key())).toList();
    }

    static void assertMatchesSchema(String type, String json) throws Exception {
        String name = type.replace("org.expandedaccess.", "");
        Path file = Path.of("..", "docs", "events", name + ".schema.json");
        Set<ValidationMessage> errors = EventSchemas.closed(file).validate(JSON.readTree(json));
        assertTrue(errors.isEmpty(), "event does not match " + file + " (every object closed): " + errors);
    }
}
