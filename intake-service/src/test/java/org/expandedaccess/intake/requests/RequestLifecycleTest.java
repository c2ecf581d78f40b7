package org.expandedaccess.intake.requests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.expandedaccess.infra.TestEvents;
import org.expandedaccess.infra.TopicReader;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.expandedaccess.intake.requests.Api.alice;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class RequestLifecycleTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void draftIsCompletedSubmittedAmendedAndWithdrawnWithOneValidEventEach() throws Exception {
        String id = Api.createDraft(alice(), Examples.DRAFT);

        alice().when().get("/api/v1/requests/" + id + "/completeness").then().statusCode(200)
                .body("complete", equalTo(false))
                .body("missing.field", hasItems("physician", "site", "patient.sex", "clinical.caps5TotalScore",
                        "priorTreatments", "attestations"));
        alice().when().post("/api/v1/requests/" + id + "/submit").then().statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:expanded-access:problem:incomplete-request"))
                .body("errors.field", hasItems("physician", "patient.sex"));
        assertTrue(Api.events(bootstrap, id, 0).isEmpty(), "a draft publishes nothing");

        alice().body(Examples.COMPLETE).when().put("/api/v1/requests/" + id).then().statusCode(200)
                .body("status", equalTo("DRAFT"));
        alice().when().get("/api/v1/requests/" + id + "/completeness").then().statusCode(200)
                .body("complete", equalTo(true)).body("missing", hasSize(0));
        alice().when().post("/api/v1/requests/" + id + "/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("version", equalTo(1));
        alice().body(Examples.COMPLETE).when().put("/api/v1/requests/" + id).then().statusCode(409);

        String amended = Api.with(Api.complete(), "clinical.caps5TotalScore", Api.JSON.getNodeFactory().numberNode(47)).toString();
        alice().body("{\"reason\":\"CAPS-5 reassessed after a month.\",\"content\":" + amended + "}")
                .when().post("/api/v1/requests/" + id + "/amendments").then().statusCode(200)
                .body("version", equalTo(2)).body("content.clinical.caps5TotalScore", equalTo(47));
        alice().body("{\"reason\":\"Patient moved away.\"}")
                .when().post("/api/v1/requests/" + id + "/withdraw").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        alice().body("{\"reason\":\"again\"}").when().post("/api/v1/requests/" + id + "/withdraw").then().statusCode(409);

        alice().when().get("/api/v1/requests/" + id + "/versions").then().statusCode(200)
                .body("version", contains(1, 2)).body("kind", contains("SUBMITTED", "AMENDED"))
                .body("[0].content.clinical.caps5TotalScore", equalTo(44))
                .body("[1].content.clinical.caps5TotalScore", equalTo(47));

        List<ConsumerRecord<String, String>> events = Api.events(bootstrap, id, 3);
        assertEquals(List.of("org.expandedaccess.request.submitted.v1", "org.expandedaccess.request.amended.v1",
                        "org.expandedaccess.request.withdrawn.v1"),
                events.stream().map(e -> TopicReader.header(e, "ce_type")).toList(), "one event per change, in order");
        for (ConsumerRecord<String, String> e : events) {
            Api.assertMatchesSchema(TopicReader.header(e, "ce_type"), e.value());
            assertEquals(id, TopicReader.header(e, "ce_subject"));
            assertEquals("/intake-service", TopicReader.header(e, "ce_source"));
        }
        JsonNode submitted = Api.JSON.readTree(events.get(0).value());
        assertEquals("dr.alice", submitted.at("/physician/username").asText());
        assertEquals("JD", submitted.at("/patient/initials").asText());
        assertTrue(submitted.at("/clinical/seriousConditionStated").asBoolean());
        String text = events.get(0).value();
        assertFalse(text.contains("Alice Anders") || text.contains("alice@clinic.example") || text.contains("1234567893")
                        || text.contains("Severe PTSD with daily intrusions"),
                "no physician contact details and no free text in the event");
        assertEquals(47, Api.JSON.readTree(events.get(1).value()).at("/clinical/caps5TotalScore").asInt());
    }

    @Test
    void aPriorTreatmentThatWorkedOrWhoseOutcomeIsUnknownIsAcceptedInDraftsAndSubmissionsAndPublished() throws Exception {
        for (String outcome : List.of("RESPONSE", "UNKNOWN")) {
            ObjectNode draft = Api.with(Api.complete(), "priorTreatments[0].outcome", Api.JSON.getNodeFactory().textNode(outcome));
            ((ObjectNode) draft.get("priorTreatments").get(1)).remove("outcome");
            String id = Api.createDraft(alice(), draft.toString());
            alice().when().get("/api/v1/requests/" + id).then().statusCode(200)
                    .body("content.priorTreatments[0].outcome", equalTo(outcome));
            alice().when().get("/api/v1/requests/" + id + "/completeness").then().statusCode(200)
                    .body("missing.field", contains("priorTreatments[1].outcome"));
            Api.with(draft, "priorTreatments[1].outcome", Api.JSON.getNodeFactory().textNode(outcome));
            alice().body(draft.toString()).when().put("/api/v1/requests/" + id).then().statusCode(200);
            alice().when().post("/api/v1/requests/" + id + "/submit").then().statusCode(200)
                    .body("content.priorTreatments.outcome", contains(outcome, outcome));
            ConsumerRecord<String, String> submitted = Api.events(bootstrap, id, 1).get(0);
            Api.assertMatchesSchema(TopicReader.header(submitted, "ce_type"), submitted.value());
            assertEquals(List.of(outcome, outcome), Api.JSON.readTree(submitted.value()).get("priorTreatments")
                    .findValuesAsText("outcome"));
        }
        alice().body(Api.with(Api.complete(), "priorTreatments[0].outcome", Api.JSON.getNodeFactory().textNode("WORKED"))
                        .toString()).when().post("/api/v1/requests").then().statusCode(400)
                .body("errors.field", contains("priorTreatments[0].outcome"));
    }

    @Test
    void amendmentsEndWhenCaseServiceReportsTheCaseDecided() throws Exception {
        String id = Api.createDraft(alice(), Examples.COMPLETE);
        alice().when().post("/api/v1/requests/" + id + "/submit").then().statusCode(200);
        String decided = org.expandedaccess.infra.TestEvents.example("case.status-changed.v1")
                .replace("6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f", id);
        Api.assertMatchesSchema("org.expandedaccess.case.status-changed.v1", decided);
        TopicReader.send(bootstrap, "ea.cases", id, org.expandedaccess.infra.TestEvents.headers(
                java.util.UUID.randomUUID().toString(), "org.expandedaccess.case.status-changed.v1", "/case-service", id), decided);
        String amendment = "{\"reason\":\"Late change after the decision.\",\"content\":" + Examples.COMPLETE + "}";
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() ->
                alice().when().get("/api/v1/requests/" + id).then().extract().path("decidedAt") != null);
        alice().body(amendment).when().post("/api/v1/requests/" + id + "/amendments").then().statusCode(409)
                .body("type", equalTo("urn:expanded-access:problem:case-decided"));
    }

    @Test
    void anUndocumentedFieldPassesThePublishedSchemaButNotThisProducersCheck() throws Exception {
        String type = "org.expandedaccess.request.submitted.v1";
        ObjectNode event = (ObjectNode) Api.JSON.readTree(TestEvents.example("request.submitted.v1"));
        Api.assertMatchesSchema(type, event.toString());
        ((ObjectNode) event.get("patient")).put("intials", "JD");
        Path file = Path.of("..", "docs", "events", "request.submitted.v1.schema.json");
        try (InputStream in = Files.newInputStream(file)) {
            assertEquals(Set.of(), JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in).validate(event),
                    "consumers accept a field added later (docs/events/README.md)");
        }
        assertThrows(AssertionFailedError.class, () -> Api.assertMatchesSchema(type, event.toString()),
                "intake must not publish a field the schema does not list");
    }

    @Test
    void documentedExampleFileIsTheCompleteOpenApiExample() throws Exception {
        JsonNode file = Api.JSON.readTree(java.nio.file.Path.of("..", "docs", "examples", "complete-request.json").toFile());
        assertEquals(Api.JSON.readTree(Examples.COMPLETE), file, "docs/examples/complete-request.json drifted from Examples.COMPLETE");
    }

    @Test
    void emergencyExampleIsAcceptedAndMarkedAsEmergency() {
        String id = Api.createDraft(alice(), Examples.EMERGENCY);
        // submit has no body: a client's stray Content-Type must not matter
        io.restassured.RestAssured.given().auth().oauth2(org.expandedaccess.infra.quarkus.TestTokens.token("dr.alice", "physician"))
                .contentType("text/plain").when().post("/api/v1/requests/" + id + "/submit")
                .then().statusCode(200).body("emergency", equalTo(true));
        alice().queryParam("emergency", true).when().get("/api/v1/requests").then().statusCode(200)
                .body("requestId", hasItems(id));
    }

    @Test
    void listIsNewestFirstAndFiltersByStatus() {
        String first = Api.createDraft(Api.as("dr.lena", "physician"), Examples.DRAFT);
        String second = Api.createDraft(Api.as("dr.lena", "physician"), Examples.COMPLETE);
        Api.as("dr.lena", "physician").when().post("/api/v1/requests/" + second + "/submit").then().statusCode(200);
        Api.as("dr.lena", "physician").when().get("/api/v1/requests").then().statusCode(200)
                .body("requestId", contains(second, first));
        Api.as("dr.lena", "physician").queryParam("status", "DRAFT").when().get("/api/v1/requests").then()
                .body("requestId", contains(first));
        Api.as("dr.lena", "physician").queryParam("status", "NOPE").when().get("/api/v1/requests").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void openApiDocumentsTheExamplesAndTheyBehaveAsLabelled() throws Exception {
        String doc = io.restassured.RestAssured.given().when().get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString();
        JsonNode examples = Api.JSON.readTree(doc).at("/paths/~1api~1v1~1requests/post/requestBody/content/application~1json/examples");
        assertEquals(4, examples.size(), "complete, emergency, draft and refused examples");
        for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) examples::fields) {
            int expected = e.getKey().startsWith("refused") ? 400 : 201;
            alice().body(e.getValue().path("value").toString()).when().post("/api/v1/requests").then().statusCode(expected);
        }
    }
}
