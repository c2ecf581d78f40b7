package org.expandedaccess.eligibility;

import io.quarkus.test.junit.QuarkusTest;
import org.expandedaccess.testing.ApiDocument;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;

/** The served OpenAPI document is the reviewed one in docs/api/eligibility.yaml (-Dapi.update=true rewrites it). */
@QuarkusTest
class ApiDocumentTest {

    @Test
    void servedDocumentIsTheReviewedOne() {
        ApiDocument.assertMatches(given().get("/q/openapi").then().statusCode(200).extract().asString(), "eligibility");
    }
}
