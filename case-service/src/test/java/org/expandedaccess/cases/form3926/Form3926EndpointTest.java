package org.expandedaccess.cases.form3926;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.expandedaccess.cases.lifecycle.CaseStatus;
import org.expandedaccess.cases.support.CaseFixtures;
import org.expandedaccess.cases.support.IntakeStandIn;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.expandedaccess.infra.quarkus.TestTokens.token;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET /api/v1/cases/{id}/form-3926 as JSON and PDF, with intake read through its HTTP API. */
@QuarkusTest
class Form3926EndpointTest {

    @Inject
    CaseFixtures fixtures;

    @Test
    void anInitialDraftIsFilledFromTheRequestWithTheCallersToken() {
        UUID id = fixtures.inState(CaseStatus.UNDER_REVIEW, "dr.form", false);
        String token = token("dr.form", "physician");
        given().auth().oauth2(token).accept("application/json").get("/api/v1/cases/" + id + "/form-3926")
                .then().statusCode(200)
                .body("edition", equalTo("FDA Form 3926 (08/22)"))
                .body("type", equalTo("INITIAL"))
                .body("fields.find { it.number == '2' }.value", equalTo("JD"))
                .body("fields.find { it.number == '11' }.filled", equalTo(false))
                .body("unfilled", hasItem("11"));
        assertTrue(IntakeStandIn.lastAuthorization.equals("Bearer " + token), "intake is read with the caller's token");
        given().auth().oauth2(token("dr.other", "physician")).get("/api/v1/cases/" + id + "/form-3926").then().statusCode(404);
        given().auth().oauth2(token("ian.integrator", "integrator")).get("/api/v1/cases/" + id + "/form-3926").then().statusCode(403);
    }

    @Test
    void thePdfOpensAndCarriesTheEditionTheReferenceAndTheValues() throws Exception {
        UUID id = fixtures.inState(CaseStatus.UNDER_REVIEW, "dr.form", false);
        String reference = given().auth().oauth2(token("tess.triage", "triager")).get("/api/v1/cases/" + id)
                .jsonPath().getString("summary.reference");
        byte[] pdf = given().auth().oauth2(token("tess.triage", "triager")).accept("application/pdf")
                .get("/api/v1/cases/" + id + "/form-3926").then().statusCode(200)
                .contentType(startsWith("application/pdf")).extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("08/22"), text);
            assertTrue(text.contains(reference), text);
            assertTrue(text.contains("Alice Anders"), text);
            assertTrue(text.contains("NOT FILLED"), text);
        }
    }

    @Test
    void anUnresponsiveIntakeGives503AndNothingElse() {
        UUID id = fixtures.inState(CaseStatus.UNDER_REVIEW, "dr.form", false);
        IntakeStandIn.unresponsive = true;
        try {
            given().auth().oauth2(token("dr.form", "physician")).get("/api/v1/cases/" + id + "/form-3926").then()
                    .statusCode(503).contentType(startsWith("application/problem+json"))
                    .body("type", equalTo("urn:expanded-access:problem:dependency-unavailable"));
        } finally {
            IntakeStandIn.unresponsive = false;
        }
    }
}
