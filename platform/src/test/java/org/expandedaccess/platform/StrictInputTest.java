package org.expandedaccess.platform;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.expandedaccess.infra.quarkus.PostgresTestResource;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

/** Bad input of every class is a clear RFC 9457 problem naming what is wrong, and nothing is stored. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = ThingsKafkaTestResource.class, restrictToAnnotatedClass = false)
@TestSecurity(user = "dr.alice", roles = "physician")
class StrictInputTest {

    private static void refusedNaming(String body, String field) {
        given().contentType(ContentType.JSON).body(body).post("/things").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo(field))
                .body(not(containsString("SECRET")));
    }

    @Test
    void nothingMayFollowTheJsonValue() {
        given().contentType(ContentType.JSON).body("{\"name\":\"AB\"}garbage").post("/things").then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
        given().contentType(ContentType.JSON).body("{}{}").post("/things").then().statusCode(400);
    }

    @Test
    void scalarsAreNeverCoerced() {
        refusedNaming("{\"name\":\"AB\",\"count\":\"34\"}", "count");
        refusedNaming("{\"name\":\"AB\",\"count\":1.5}", "count");
        refusedNaming("{\"name\":\"AB\",\"fragile\":\"false\"}", "fragile");
        refusedNaming("{\"name\":\"AB\",\"fragile\":0}", "fragile");
        refusedNaming("{\"name\":12}", "name");
        refusedNaming("{\"name\":true}", "name");
    }

    @Test
    void unknownPropertiesAreRefusedByName() {
        refusedNaming("{\"name\":\"AB\",\"colour\":\"SECRET\"}", "colour");
    }

    @Test
    void textPostgresCannotStoreIsRefused() {
        refusedNaming("{\"name\":\"A\\u0000B\"}", "name");
        refusedNaming("{\"name\":\"AB\",\"tags\":[\"ok\",\"x\\u0000\"]}", "tags[1]");
        refusedNaming("{\"name\":\"\\ud800B\"}", "name");
        refusedNaming("{\"name\":\"A\\udc00\"}", "name");
        // a proper pair (an emoji) is text like any other: it fails only the name's own pattern
        given().contentType(ContentType.JSON).body("{\"name\":\"AB\",\"tags\":[\"\\ud83d\\ude00\"]}").post("/things")
                .then().statusCode(201);
    }

    @Test
    void nullIsNoElementOfAList() {
        refusedNaming("{\"name\":\"AB\",\"tags\":[null]}", "tags[0]");
    }

    @Test
    void datesLieInAPlausibleRange() {
        refusedNaming("{\"name\":\"AB\",\"madeOn\":\"+999999999-12-31\"}", "madeOn");
        refusedNaming("{\"name\":\"AB\",\"madeOn\":\"-0001-01-01\"}", "madeOn");
        refusedNaming("{\"name\":\"AB\",\"madeOn\":\"9999-12-31\"}", "madeOn");
        refusedNaming("{\"name\":\"AB\",\"madeOn\":\"2026-02-30\"}", "madeOn");
        refusedNaming("{\"name\":\"AB\",\"madeOn\":20260101}", "madeOn");
        given().contentType(ContentType.JSON).body("{\"name\":\"AB\",\"madeOn\":\"2026-11-30\"}").post("/things")
                .then().statusCode(201);
    }

    @Test
    void aBodyMustBeJsonAndPresent() {
        given().body("{\"name\":\"AB\"}").post("/things").then().statusCode(415)
                .contentType(startsWith("application/problem+json"));
        given().contentType("text/plain").body("{\"name\":\"AB\"}").post("/things").then().statusCode(415)
                .contentType(startsWith("application/problem+json"));
        given().contentType(ContentType.JSON).post("/things").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:expanded-access:problem:body-required"));
        given().contentType(ContentType.JSON).body("null").post("/things").then().statusCode(400)
                .body("type", equalTo("urn:expanded-access:problem:body-required"));
    }

    @Test
    void nulAndInvalidUtf8InTheQueryAreProblems() throws Exception {
        String id = UUID.randomUUID().toString();
        // sent as raw bytes: HTTP clients refuse to build such URLs, but anyone can send them
        for (String query : new String[] {"fragile=%00", "fragile=%ED%A0%80", "fragile=%C0%80", "fragile=x%00y"}) {
            String answer = raw("GET /things/" + id + "?" + query + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            org.junit.jupiter.api.Assertions.assertTrue(answer.startsWith("HTTP/1.1 400"), query + ": " + answer);
            org.junit.jupiter.api.Assertions.assertTrue(answer.toLowerCase().contains("content-type: application/problem+json"),
                    query + ": " + answer);
            org.junit.jupiter.api.Assertions.assertTrue(answer.contains("\"field\":\"fragile\""), query + ": " + answer);
        }
    }

    /** One request written to the app's socket as is; the whole answer as text. */
    private static String raw(String request) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void aVeryLongUrlIsAProblem() {
        given().get("/things/" + UUID.randomUUID() + "?pad=" + "x".repeat(9000)).then().statusCode(414)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:expanded-access:problem:uri-too-long"));
    }

    @Test
    void aBodyOverTheLimitIsAProblemWhetherAnnouncedOrChunked() throws Exception {
        String big = "{\"name\":\"AB\",\"tags\":[\"" + "x".repeat(300_000) + "\"]}";
        given().contentType(ContentType.JSON).body(big).post("/things").then().statusCode(413)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:expanded-access:problem:body-too-large"));
        // chunked: no Content-Length, so the limit applies to the bytes read
        java.net.http.HttpResponse<String> chunked = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                                io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port + "/things"))
                        .header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() ->
                                new java.io.ByteArrayInputStream(big.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                        .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        org.junit.jupiter.api.Assertions.assertEquals(413, chunked.statusCode(), chunked.body());
        org.junit.jupiter.api.Assertions.assertTrue(chunked.headers().firstValue("Content-Type").orElse("")
                .startsWith("application/problem+json"), chunked.headers().toString());
    }

    @Test
    void anEmptyIdempotencyKeyIsRefused() {
        given().contentType(ContentType.JSON).header("Idempotency-Key", "").body("{\"name\":\"AB\"}").post("/things")
                .then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void parametersAreReadExactlyAndNamedWhenWrong() {
        String id = UUID.randomUUID().toString();
        given().get("/things/" + id + "?fragile=true&page=2").then().statusCode(200)
                .body("fragile", equalTo("true")).body("page", equalTo(2));
        given().get("/things/" + id + "?fragile=maybe").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("fragile"));
        given().get("/things/" + id + "?fragile=1").then().statusCode(400).body("errors[0].field", equalTo("fragile"));
        // a typed parameter given without a value is no value of its type (OpenAPI: no allowEmptyValue)
        given().get("/things/" + id + "?fragile=").then().statusCode(400).body("errors[0].field", equalTo("fragile"));
        given().get("/things/" + id + "?page=").then().statusCode(400).body("errors[0].field", equalTo("page"));
        given().get("/things/" + id + "?page=two").then().statusCode(400).body("errors[0].field", equalTo("page"));
        given().get("/things/" + id + "?page=99999999999").then().statusCode(400).body("errors[0].field", equalTo("page"));
        given().get("/things/not-a-uuid").then().statusCode(400).body("errors[0].field", equalTo("id"));
    }
}
