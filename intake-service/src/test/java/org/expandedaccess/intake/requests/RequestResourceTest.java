package org.expandedaccess.intake.requests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.expandedaccess.infra.TopicReader;
import org.expandedaccess.infra.quarkus.KafkaTestResource;
import org.expandedaccess.infra.quarkus.PostgresTestResource;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.expandedaccess.infra.quarkus.TestTokens.subjectOf;
import static org.expandedaccess.infra.quarkus.TestTokens.token;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
class RequestResourceTest {

    static final String BODY = """
            {"programId":"mdma-ptsd","patientInitials":"JD","diagnosisCode":"F43.10","emergency":false}""";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void submissionIsStoredAndPublishedAsCloudEventMatchingTheSchema() throws Exception {
        String requestId = given().auth().oauth2(token("dr.alice", "physician"))
                .contentType("application/json").body(BODY)
                .when().post("/api/v1/requests")
                .then().statusCode(201)
                .header("Location", notNullValue())
                .body("status", equalTo("SUBMITTED"))
                .body("patientInitials", equalTo("JD"))
                .body("physician", equalTo("dr.alice"))
                .extract().path("requestId");

        List<ConsumerRecord<String, String>> records = ofRequest(requestId, 1);
        assertEquals(1, records.size(), "exactly one RequestSubmitted");
        ConsumerRecord<String, String> record = records.get(0);
        assertEquals(requestId, record.key());
        assertEquals("org.expandedaccess.request.submitted.v1", TopicReader.header(record, "ce_type"));
        assertEquals("/intake-service", TopicReader.header(record, "ce_source"));
        assertEquals(requestId, TopicReader.header(record, "ce_subject"));
        assertEquals("application/json", TopicReader.header(record, "content-type"));

        JsonNode data = mapper.readTree(record.value());
        assertSchemaValid("request.submitted.v1", data);
        assertEquals(subjectOf("dr.alice"), data.path("physician").path("id").asText());
        assertEquals("F43.10", data.path("diagnosisCode").asText());
    }

    @Test
    void ownerReadsTheRequestAndAnotherPhysicianGets404() {
        String requestId = submit("dr.alice", null);
        given().auth().oauth2(token("dr.alice", "physician"))
                .when().get("/api/v1/requests/" + requestId)
                .then().statusCode(200).body("requestId", equalTo(requestId));
        given().auth().oauth2(token("dr.bob", "physician"))
                .when().get("/api/v1/requests/" + requestId)
                .then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        given().auth().oauth2(token("audrey.audit", "auditor"))
                .when().get("/api/v1/requests/" + requestId)
                .then().statusCode(200);
    }

    @Test
    void retriedSubmissionWithSameIdempotencyKeyCreatesNothingNew() {
        String key = UUID.randomUUID().toString();
        String first = submit("dr.alice", key);
        String second = given().auth().oauth2(token("dr.alice", "physician"))
                .header("Idempotency-Key", key)
                .contentType("application/json").body(BODY)
                .when().post("/api/v1/requests")
                .then().statusCode(200).extract().path("requestId");
        assertEquals(first, second);
        assertEquals(1, ofRequest(first, 2).size(), "no second event for a retry");
    }

    @Test
    void invalidBodyIsRefusedWithEveryFieldNamedAndNothingPublished() {
        given().auth().oauth2(token("dr.alice", "physician"))
                .contentType("application/json")
                .body("{\"patientInitials\":\"john\",\"diagnosisCode\":\"PTSD\"}")
                .when().post("/api/v1/requests")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:expanded-access:problem:validation"))
                .body("errors.field", hasItems("patientInitials", "diagnosisCode", "emergency"));
    }

    @Test
    void rolesAndTokensAreEnforced() {
        given().contentType("application/json").body(BODY)
                .when().post("/api/v1/requests").then().statusCode(401);
        given().auth().oauth2(token("tess.triage", "triager")).contentType("application/json").body(BODY)
                .when().post("/api/v1/requests").then().statusCode(403);
        given().auth().oauth2(org.expandedaccess.infra.quarkus.TestTokens.tokenForAudience("dr.alice", "other-api", "physician"))
                .contentType("application/json").body(BODY)
                .when().post("/api/v1/requests").then().statusCode(401);
        given().auth().oauth2(org.expandedaccess.infra.quarkus.TestTokens.tokenSignedByUnknownKey("dr.alice", "physician"))
                .contentType("application/json").body(BODY)
                .when().post("/api/v1/requests").then().statusCode(401);
    }

    @Test
    void healthAndOpenApiAreOpenAndTheExampleBodyIsAccepted() throws Exception {
        given().when().get("/q/health/live").then().statusCode(200);
        String openapi = given().when().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        JsonNode example = mapper.readTree(openapi).at("/paths/~1api~1v1~1requests/post/requestBody/content"
                + "/application~1json/examples");
        assertTrue(example.isObject() && example.size() > 0, "the POST has an example body");
        String body = example.elements().next().path("value").toString();
        given().auth().oauth2(token("dr.alice", "physician")).contentType("application/json").body(body)
                .when().post("/api/v1/requests").then().statusCode(201);
    }

    private String submit(String user, String idempotencyKey) {
        var spec = given().auth().oauth2(token(user, "physician")).contentType("application/json").body(BODY);
        if (idempotencyKey != null) {
            spec.header("Idempotency-Key", idempotencyKey);
        }
        return spec.when().post("/api/v1/requests").then().statusCode(201).extract().path("requestId");
    }

    /** Reads ea.requests for this request's events, for up to 10 s or until {@code enough} are there. */
    private List<ConsumerRecord<String, String>> ofRequest(String requestId, int enough) {
        return TopicReader.read(bootstrap, "ea.requests", Duration.ofSeconds(enough > 1 ? 4 : 10),
                        r -> r.stream().filter(x -> requestId.equals(x.key())).count() >= enough)
                .stream().filter(x -> requestId.equals(x.key())).toList();
    }

    static void assertSchemaValid(String name, JsonNode data) throws Exception {
        Path file = Path.of("..", "docs", "events", name + ".schema.json");
        try (InputStream in = Files.newInputStream(file)) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
            Set<ValidationMessage> errors = schema.validate(data);
            assertTrue(errors.isEmpty(), "event does not match " + file + ": " + errors);
        }
    }
}
