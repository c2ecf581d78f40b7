package org.expandedaccess.intake.requests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.expandedaccess.intake.requests.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every refusal names the field by its JSON path, answers problem+json, and stores nothing. */
@QuarkusTest
class RequestValidationTest {

    private static final JsonNodeFactory N = JsonNodeFactory.instance;
    private static final String USER = "dr.valid";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    static Stream<Arguments> invalidInputs() {
        String tomorrow = LocalDate.now().plusDays(1).toString();
        return Stream.of(
                bad("programId", N.textNode("lsd-depression")),
                bad("physician.username", N.textNode("dr.bob"), "physician.username"),
                bad("physician.npi", N.textNode("1234567890")),
                bad("physician.npi", N.textNode("12345")),
                bad("physician.email", N.textNode("alice-at-clinic")),
                bad("physician.phone", N.textNode("call me")),
                bad("physician.license.state", N.textNode("XX")),
                bad("physician.license.number", N.textNode("no spaces allowed here")),
                bad("physician.dea.registrationNumber", N.textNode("AB1234567")),
                bad("physician.dea.registrationNumber", N.textNode("AB12")),
                bad("physician.address.postalCode", N.textNode("ABCDE")),
                bad("physician.address.state", N.textNode("Massachusetts")),
                bad("physician.name", N.textNode("x".repeat(201))),
                bad("physician.qualificationStatement", N.textNode("x".repeat(4001))),
                bad("site.irb.contactEmail", N.textNode("irb")),
                bad("site.address.postalCode", N.textNode("1234")),
                bad("patient.initials", N.textNode("Jane Doe")),
                bad("patient.initials", N.textNode("jd")),
                bad("patient.initials", N.textNode("J")),
                bad("patient.ageYears", N.numberNode(121)),
                bad("patient.ageYears", N.numberNode(-1)),
                bad("patient.ageYears", N.textNode("thirty"), "patient.ageYears"),
                bad("patient.weightKg", N.numberNode(1.5)),
                bad("patient.weightKg", N.numberNode(401)),
                bad("patient.sex", N.textNode("F"), "patient.sex"),
                bad("patient.allergies", N.textNode("x".repeat(1001))),
                bad("clinical.diagnosisCode", N.textNode("PTSD")),
                bad("clinical.diagnosisCode", N.textNode("f43.10")),
                bad("clinical.caps5TotalScore", N.numberNode(81)),
                bad("clinical.caps5TotalScore", N.numberNode(-1)),
                bad("clinical.caps5AssessedOn", N.textNode(tomorrow)),
                bad("clinical.caps5AssessedOn", N.textNode("02/11/2026"), "clinical.caps5AssessedOn"),
                bad("clinical.conditionDurationMonths", N.numberNode(-3)),
                bad("clinical.cssrsRisk", N.textNode("EXTREME"), "clinical.cssrsRisk"),
                bad("clinical.comorbidities", N.arrayNode().add("BIPOLAR_I").add("BIPOLAR_I")),
                bad("clinical.comorbidities", N.arrayNode().add("HEADACHE"), "clinical.comorbidities[0]"),
                bad("clinical.medications[0].medicationClass", N.textNode("HERBAL"), "clinical.medications[0].medicationClass"),
                bad("priorTreatments[0].endDate", N.textNode("2023-01-01")),
                bad("priorTreatments[0].startDate", N.textNode(tomorrow)),
                bad("priorTreatments[0].durationWeeks", N.numberNode(600)),
                bad("priorTreatments[1].sessions", N.numberNode(-2)),
                bad("priorTreatments[1].outcome", N.textNode("CURED"), "priorTreatments[1].outcome"),
                bad("treatment.initialDoseMg", N.numberNode(100)),
                bad("treatment.supplementalDoseMg", N.numberNode(40)),
                bad("treatment.dosingSessions", N.numberNode(4)),
                bad("treatment.plannedStart", N.textNode(LocalDate.now().plusYears(3).toString())),
                bad("emergency.fdaIndNumber", N.textNode("IND-12")),
                bad("emergency.fdaPhoneAuthorizationDate", N.textNode(tomorrow)),
                bad("attestations.supportPersonAvailable", N.textNode("yes"), "attestations.supportPersonAvailable"),
                bad("unexpectedField", N.textNode("x"), "unexpectedField"),
                bad("patient.dateOfBirth", N.textNode("1990-01-01"), "patient.dateOfBirth"),
                // strict JSON: no coercion, no fraction into an integer, no NUL, no null elements, plausible dates
                bad("patient.ageYears", N.numberNode(1.5), "patient.ageYears"),
                bad("patient.ageYears", N.textNode("34"), "patient.ageYears"),
                bad("attestations.supportPersonAvailable", N.textNode("false"), "attestations.supportPersonAvailable"),
                bad("attestations.supportPersonAvailable", N.numberNode(0), "attestations.supportPersonAvailable"),
                bad("physician.name", N.textNode("Alice\u0000Anders"), "physician.name"),
                bad("clinical.comorbidities", N.arrayNode().addNull(), "clinical.comorbidities[0]"),
                bad("priorTreatments[0].startDate", N.textNode("+999999999-12-31"), "priorTreatments[0].startDate"),
                bad("priorTreatments[0].startDate", N.textNode("-0001-01-01"), "priorTreatments[0].startDate"));
    }

    private static Arguments bad(String path, JsonNode value) {
        return bad(path, value, path);
    }

    private static Arguments bad(String path, JsonNode value, String expectedField) {
        return Arguments.of(path, value, expectedField);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("invalidInputs")
    void invalidInputIsRefusedNamingTheFieldAndStoresNothing(String path, JsonNode value, String expectedField) {
        ObjectNode body = Api.complete();
        if (path.equals("unexpectedField") || path.equals("patient.dateOfBirth")) {
            ((ObjectNode) (path.contains(".") ? body.get("patient") : body)).set(path.substring(path.lastIndexOf('.') + 1), value);
        } else {
            Api.with(body, path, value);
        }
        int before = countOwn();
        as(USER, "physician").body(body.toString()).when().post("/api/v1/requests").then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:expanded-access:problem:validation"))
                .body("errors.field", hasItem(expectedField));
        assertEquals(before, countOwn(), "nothing stored");
    }

    @Test
    void emptyObjectsAndNullElementsNeverCrashTheValidator() {
        // each field of an empty object is simply missing, which a draft may be
        for (String body : new String[] {"{\"site\":{\"address\":{}}}", "{\"physician\":{\"license\":{}}}",
                "{\"physician\":{\"address\":{},\"dea\":{}}}", "{\"site\":{\"irb\":{},\"therapists\":[{}]}}",
                "{\"clinical\":{\"medications\":[{}]},\"priorTreatments\":[{}]}", "{\"treatment\":{},\"emergency\":{}}"}) {
            as(USER, "physician").body(body).when().post("/api/v1/requests").then().statusCode(201);
        }
        // a null element of a list is refused by name
        as(USER, "physician").body("{\"site\":{\"therapists\":[null]}}").when().post("/api/v1/requests").then()
                .statusCode(400).body("errors.field", hasItem("site.therapists[0]"));
        as(USER, "physician").body("{\"priorTreatments\":[null]}").when().post("/api/v1/requests").then()
                .statusCode(400).body("errors.field", hasItem("priorTreatments[0]"));
    }

    @Test
    void trailingGarbageAndAMissingContentTypeAreRefused() {
        int before = countOwn();
        as(USER, "physician").body("{}garbage").when().post("/api/v1/requests").then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
        io.restassured.RestAssured.given().auth().oauth2(org.expandedaccess.infra.quarkus.TestTokens.token(USER, "physician"))
                .body("{}").when().post("/api/v1/requests").then().statusCode(415)
                .contentType(startsWith("application/problem+json"));
        assertEquals(before, countOwn(), "nothing stored");
    }

    @Test
    void emptyBodyAndMalformedJsonAreRefused() {
        as(USER, "physician").body("").when().post("/api/v1/requests").then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
        as(USER, "physician").body("{\"patient\": ").when().post("/api/v1/requests").then().statusCode(400)
                .body("type", equalTo("urn:expanded-access:problem:malformed-body"));
    }

    @Test
    void tooManyListEntriesAreRefused() {
        ObjectNode body = Api.complete();
        var list = N.arrayNode();
        for (int i = 0; i < 51; i++) {
            list.add(body.get("priorTreatments").get(0).deepCopy());
        }
        body.set("priorTreatments", list);
        as(USER, "physician").body(body.toString()).when().post("/api/v1/requests").then().statusCode(400)
                .body("errors.field", hasItem("priorTreatments"));
    }

    @Test
    void bodyOver256KibIsRefusedWith413() {
        String big = "{\"patient\":{\"allergies\":\"" + "x".repeat(300 * 1024) + "\"}}";
        as(USER, "physician").body(big).when().post("/api/v1/requests").then().statusCode(413)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:expanded-access:problem:body-too-large"));
    }

    @Test
    void amendmentAndWithdrawalNeedAReason() {
        String id = Api.createDraft(as(USER, "physician"), Examples.COMPLETE);
        as(USER, "physician").when().post("/api/v1/requests/" + id + "/submit").then().statusCode(200);
        as(USER, "physician").body("{\"content\":" + Examples.COMPLETE + "}")
                .when().post("/api/v1/requests/" + id + "/amendments").then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        as(USER, "physician").body("{}").when().post("/api/v1/requests/" + id + "/withdraw").then().statusCode(400)
                .body("errors", hasSize(1)).body("errors[0].field", equalTo("reason"));
        String incomplete = Api.with(Api.complete(), "patient.sex", N.nullNode()).toString();
        as(USER, "physician").body("{\"reason\":\"Corrected the patient's details.\",\"content\":" + incomplete + "}")
                .when().post("/api/v1/requests/" + id + "/amendments").then().statusCode(422)
                .body("errors.field", hasItem("patient.sex"));
        as(USER, "physician").when().get("/api/v1/requests/" + id + "/versions").then().body("version", hasSize(1));
    }

    private int countOwn() {
        List<Object> all = as(USER, "physician").queryParam("size", 200).when().get("/api/v1/requests").then()
                .statusCode(200).extract().jsonPath().getList("$");
        return all.size();
    }
}
