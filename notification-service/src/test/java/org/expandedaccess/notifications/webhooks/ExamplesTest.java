package org.expandedaccess.notifications.webhooks;

import io.quarkus.test.junit.QuarkusTest;
import org.expandedaccess.notifications.support.RebindingResolver;
import org.expandedaccess.notifications.support.Tokens;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * The subscription example works when pasted: sent as it stands, with only its host pointed at the tests' resolver
 * (the example's his.example.org is not resolvable here), it is accepted.
 */
@QuarkusTest
class ExamplesTest {

    @Test
    void theSubscriptionExampleIsAccepted() {
        given().auth().oauth2(Tokens.integrator("his-examples")).contentType("application/json")
                .body(Examples.SUBSCRIBE.replace("his.example.org", RebindingResolver.HOST))
                .when().post("/api/v1/webhooks").then().statusCode(201)
                .body("status", equalTo("ENABLED")).body("secret", startsWith("whsec_"))
                .body("eventTypes.size()", equalTo(2));
    }
}
