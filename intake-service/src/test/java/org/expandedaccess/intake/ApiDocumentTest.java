package org.expandedaccess.intake;

import io.quarkus.test.junit.QuarkusTest;
import org.expandedaccess.testing.ApiDocument;
import org.expandedaccess.testing.ApiExamples;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;

/**
 * The served OpenAPI document is the reviewed one in docs/api/intake.yaml (-Dapi.update=true rewrites it), and every
 * request and 2xx response body in it has an example its schema accepts.
 */
@QuarkusTest
class ApiDocumentTest {

    @Test
    void servedDocumentIsTheReviewedOne() {
        ApiDocument.assertMatches(given().get("/q/openapi").then().statusCode(200).extract().asString(), "intake");
    }

    /** Read as YAML, as the reviewed copy is: a YAML 1.1 reader takes an unquoted 10:30 for a number. */
    @Test
    void everyBodyHasAnExampleItsSchemaAccepts() {
        ApiExamples.assertEveryBodyHasValidExample(given().get("/q/openapi").then().statusCode(200).extract().asString());
    }
}
