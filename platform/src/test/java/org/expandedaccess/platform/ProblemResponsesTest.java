package org.expandedaccess.platform;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.expandedaccess.infra.quarkus.PostgresTestResource;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = ThingsKafkaTestResource.class, restrictToAnnotatedClass = false)
class ProblemResponsesTest {

    @Test
    @TestSecurity(user = "dr.alice", roles = "physician")
    void invalidFieldGivesValidationProblemNamingTheField() {
        given().contentType("application/json").body("{\"name\":\"lowercase\"}")
                .when().post("/things")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:expanded-access:problem:validation"))
                .body("status", equalTo(400))
                .body("instance", equalTo("/things"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].message", equalTo("must be 2 or 3 capital letters"));
    }

    @Test
    @TestSecurity(user = "dr.alice", roles = "physician")
    void malformedJsonGivesProblemWithoutEchoingTheBody() {
        given().contentType("application/json").body("{\"name\": \"SECRET-VALUE\"")
                .when().post("/things")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:expanded-access:problem:malformed-body"))
                .body(org.hamcrest.Matchers.not(containsString("SECRET-VALUE")));
    }

    @Test
    @TestSecurity(user = "tess.triage", roles = "triager")
    void wrongRoleGivesForbiddenProblem() {
        given().contentType("application/json").body("{\"name\":\"AB\"}")
                .when().post("/things")
                .then().statusCode(403)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:expanded-access:problem:forbidden"));
    }

    @Test
    void noTokenGives401() {
        given().contentType("application/json").body("{\"name\":\"AB\"}")
                .when().post("/things")
                .then().statusCode(401);
    }

    @Test
    void bearerTokenWhileIdentityProviderIsDownGives503WithRetryAfter() {
        // quarkus.oidc.auth-server-url points at a closed port in this test application
        given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln")
                .contentType("application/json").body("{\"name\":\"AB\"}")
                .when().post("/things")
                .then().statusCode(503)
                .header("Retry-After", notNullValue())
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("urn:expanded-access:problem:dependency-unavailable"));
    }
}
