package org.expandedaccess.portal.web;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import org.expandedaccess.portal.ServicesStandIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.notMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portal's pages against stand-ins for the services: sign-in with PKCE, security headers, CSRF, the
 * live draft check with the user's token and each problem beside its field, not found, a service that is down.
 */
@QuarkusTest
@WithTestResource(ServicesStandIn.class)
class PortalPagesTest {

    static final String DRAFT = "11111111-2222-4333-8444-555555555555";
    static final String DRAFT_JSON = """
            {"requestId": "%s", "status": "DRAFT", "version": 0, "programId": "mdma-ptsd", "emergency": false,
             "physician": "dr.alice", "updatedAt": "2026-12-01T10:00:00Z", "content": {"programId": "mdma-ptsd",
             "patient": {"initials": null, "ageYears": 34}}}""".formatted(DRAFT);

    @BeforeEach
    void stubs() {
        var s = ServicesStandIn.server();
        s.resetRequests();
        s.resetMappings();
        s.stubFor(get(urlEqualTo("/realms/expanded-access/.well-known/openid-configuration")).willReturn(okJson("""
                {"issuer": "http://x", "authorization_endpoint": "http://localhost:%1$d/realms/expanded-access/protocol/openid-connect/auth",
                 "token_endpoint": "http://localhost:%1$d/t", "jwks_uri": "http://localhost:%1$d/realms/expanded-access/protocol/openid-connect/certs",
                 "end_session_endpoint": "http://localhost:%1$d/logout"}""".formatted(s.port()))));
        s.stubFor(get(urlEqualTo("/realms/expanded-access/protocol/openid-connect/certs")).willReturn(okJson("{\"keys\": []}")));
        s.stubFor(get(urlPathEqualTo("/api/v1/notifications/unread-count")).willReturn(okJson("{\"unread\": 3}")));
        s.stubFor(get(urlPathEqualTo("/api/v1/requests/" + DRAFT)).willReturn(okJson(DRAFT_JSON)));
        s.stubFor(get(urlPathEqualTo("/api/v1/requests/" + DRAFT + "/completeness")).willReturn(okJson("""
                {"complete": false, "missing": [{"field": "patient.initials", "message": "the patient's initials are required"}]}""")));
        s.stubFor(post(urlPathEqualTo("/api/v1/eligibility/prescreen")).willReturn(okJson("""
                {"programId": "mdma-ptsd", "programVersion": "2026.1", "outcome": "NEEDS_REVIEW", "decidingCriteria": [],
                 "criteria": [{"id": "adult", "description": "The patient is 18 years or older.", "kind": "INCLUSION",
                 "status": "MET", "evidence": {"ageYears": 34}, "explanation": "34 is at least 18", "source": "MAPP1 protocol (NCT03537014)"}]}""")));
    }

    @Test
    void aVisitorIsSentToKeycloakWithAPkceChallengeAndNoTokenInTheAddress() {
        Response r = given().redirects().follow(false).get("/");
        assertEquals(302, r.statusCode());
        String location = r.header("Location");
        assertTrue(location.contains("/protocol/openid-connect/auth") && location.contains("code_challenge=")
                && location.contains("code_challenge_method=S256") && location.contains("client_id=ea-portal"), location);
        assertTrue(!location.contains("access_token") && !location.contains("id_token"), location);
        String cookie = r.header("Set-Cookie");
        assertTrue(cookie.toLowerCase().contains("httponly") && cookie.contains("SameSite=Lax"), cookie);
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() {
        given().get("/signed-out").then().statusCode(200)
                .header("Content-Security-Policy", allOf(containsString("script-src 'self'"),
                        containsString("frame-ancestors 'none'"), not(containsString("unsafe-inline"))))
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "same-origin");
    }

    @Test
    @TestSecurity(user = "dr.alice", roles = "physician")
    @OidcSecurity(claims = @Claim(key = "preferred_username", value = "dr.alice"))
    void aFormPostWithoutItsCsrfTokenIsRefusedAndReachesNoService() {
        given().formParam("patient.initials", "JD").post("/requests/" + DRAFT + "/check").then().statusCode(400);
        ServicesStandIn.server().verify(0, putRequestedFor(urlPathMatching("/api/v1/requests/.*")));
    }

    @Test
    @TestSecurity(user = "dr.alice", roles = "physician")
    @OidcSecurity(claims = @Claim(key = "preferred_username", value = "dr.alice"))
    void theLiveCheckSavesWhatIsValidWithTheUsersTokenAndNamesTheRefusedValueBesideItsField() {
        var s = ServicesStandIn.server();
        // intake refuses the initials (400 naming the field); the second save, without them, is stored
        s.stubFor(put(urlPathEqualTo("/api/v1/requests/" + DRAFT)).withRequestBody(matching(".*\"initials\":\"john\".*"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/problem+json").withBody("""
                        {"type": "urn:expanded-access:problem:validation", "title": "The request is not valid", "status": 400,
                         "errors": [{"field": "patient.initials", "message": "must be 2 or 3 capital letters, e.g. JD"}]}""")));
        s.stubFor(put(urlPathEqualTo("/api/v1/requests/" + DRAFT)).withRequestBody(matching(".*\"initials\":null.*"))
                .willReturn(okJson(DRAFT_JSON)));
        Csrf csrf = csrf("/requests/" + DRAFT + "/edit");
        String page = given().cookie("csrf-token", csrf.cookie).formParam("csrf-token", csrf.token)
                .formParam("patient.initials", "john").formParam("patient.ageYears", "34")
                .formParam("clinical.seriousnessStatement", "Unable to work for two years.")
                .header("HX-Request", "true").post("/requests/" + DRAFT + "/check")
                .then().statusCode(200).header("EA-Invalid", "1").extract().asString();
        assertTrue(page.contains("id=\"e-f-patient-initials\"") && page.contains("must be 2 or 3 capital letters"), page);
        assertTrue(page.contains("Pre-screen: <strong>NEEDS_REVIEW"), page);
        s.verify(2, putRequestedFor(urlPathEqualTo("/api/v1/requests/" + DRAFT))
                .withHeader("Authorization", matching("Bearer .+")));
        // the draft as intake holds it: the statement as written, no flags derived by the portal
        s.verify(postRequestedFor(urlPathEqualTo("/api/v1/eligibility/prescreen"))
                .withRequestBody(matching(".*\"ageYears\":34.*"))
                .withRequestBody(matching(".*\"seriousnessStatement\":\"Unable to work for two years\\.\".*"))
                .withRequestBody(notMatching(".*Stated.*"))
                .withHeader("Authorization", matching("Bearer .+")));
    }

    @Test
    @TestSecurity(user = "dr.alice", roles = "physician")
    @OidcSecurity(claims = @Claim(key = "preferred_username", value = "dr.alice"))
    void aServiceThatIsDownNamesItselfAndWhatWasTypedIsShownAgain() {
        ServicesStandIn.server().stubFor(put(urlPathEqualTo("/api/v1/requests/" + DRAFT))
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "5")));
        Csrf csrf = csrf("/requests/" + DRAFT + "/edit");
        given().cookie("csrf-token", csrf.cookie).formParam("csrf-token", csrf.token)
                .formParam("physician.institution", "Riverside Psychiatry").post("/requests/" + DRAFT + "/edit")
                .then().statusCode(503)
                .body(containsString("The intake service is unavailable; your draft is kept; try again."))
                .body(containsString("value=\"Riverside Psychiatry\""));
    }

    @Test
    @TestSecurity(user = "dr.bob", roles = "physician")
    @OidcSecurity(claims = @Claim(key = "preferred_username", value = "dr.bob"))
    void someoneElsesCaseAndNoCaseGiveTheSameNotFoundPage() {
        ServicesStandIn.server().stubFor(get(urlPathMatching("/api/v1/cases/[0-9a-f-]+"))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"type\": \"urn:expanded-access:problem:not-found\", \"title\": \"Not found\", \"status\": 404}")));
        String other = given().get("/cases/6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f").then().statusCode(404).extract().asString();
        String none = given().get("/cases/not-a-case").then().statusCode(404).extract().asString();
        assertTrue(other.contains("id=\"not-found\""), other);
        assertEquals(main(other), main(none));
    }

    @Test
    @TestSecurity(user = "tess.triage", roles = "triager")
    @OidcSecurity(claims = @Claim(key = "preferred_username", value = "tess.triage"))
    void aPhysiciansFormIsNotForSponsorStaff() {
        given().get("/requests/" + DRAFT + "/edit").then().statusCode(403);
        given().redirects().follow(false).get("/").then().statusCode(303).header("Location", startsWith("http"))
                .header("Location", containsString("/queue"));
    }

    @Test
    @TestSecurity(user = "dr.alice", roles = "physician")
    @OidcSecurity(claims = @Claim(key = "preferred_username", value = "dr.alice"))
    void theForm3926DraftDownloadsAsAPdfFromTheCaseService() {
        String id = "6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f";
        ServicesStandIn.server().stubFor(get(urlPathEqualTo("/api/v1/cases/" + id + "/form-3926"))
                .withHeader("Accept", containing("application/pdf"))
                .willReturn(aResponse().withHeader("Content-Type", "application/pdf").withBody("%PDF-1.7 draft")));
        given().get("/cases/" + id + "/form-3926.pdf").then().statusCode(200)
                .contentType(startsWith("application/pdf"))
                .header("Content-Disposition", containsString("attachment"))
                .body(startsWith("%PDF"));
    }

    @Test
    @TestSecurity(user = "dr.alice", roles = "physician")
    @OidcSecurity(claims = @Claim(key = "preferred_username", value = "dr.alice"))
    void aWithdrawalWithoutAReasonShowsIntakesProblemBesideTheReason() {
        var s = ServicesStandIn.server();
        s.stubFor(get(urlPathEqualTo("/api/v1/requests/" + DRAFT)).willReturn(okJson(
                DRAFT_JSON.replace("\"DRAFT\"", "\"SUBMITTED\"").replace("\"version\": 0", "\"version\": 1"))));
        s.stubFor(get(urlPathEqualTo("/api/v1/cases")).willReturn(okJson("[]")));
        s.stubFor(post(urlPathEqualTo("/api/v1/requests/" + DRAFT + "/withdraw")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                        {"type": "urn:expanded-access:problem:validation", "title": "The request is not valid", "status": 400,
                         "errors": [{"field": "reason", "message": "is required: say why the request is withdrawn"}]}""")));
        Csrf csrf = csrf("/requests/" + DRAFT);
        String page = given().cookie("csrf-token", csrf.cookie).formParam("csrf-token", csrf.token).formParam("reason", "")
                .post("/requests/" + DRAFT + "/withdraw").then().statusCode(400).extract().asString();
        assertTrue(page.contains("id=\"e-withdraw-reason\">is required: say why the request is withdrawn"), page);
    }

    record Csrf(String cookie, String token) {
    }

    private static Csrf csrf(String page) {
        Response r = given().get(page);
        assertEquals(200, r.statusCode(), r.asString());
        Matcher m = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(r.asString());
        assertTrue(m.find(), "the page has a CSRF token");
        return new Csrf(r.cookie("csrf-token"), m.group(1));
    }

    private static String main(String page) {
        return page.substring(page.indexOf("<main"), page.indexOf("</main>"));
    }
}
