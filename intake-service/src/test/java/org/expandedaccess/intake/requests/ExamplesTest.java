package org.expandedaccess.intake.requests;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.expandedaccess.intake.requests.Api.alice;
import static org.hamcrest.Matchers.equalTo;

/**
 * The request examples of replaceRequest, amendRequest and withdrawRequest work when pasted: a draft is replaced
 * by the complete example, submitted, amended and withdrawn with them as they stand (createRequest's are posted
 * by the other tests). Every exchange is also held to the served document (ea-testing).
 */
@QuarkusTest
class ExamplesTest {

    @Test
    void aDraftIsReplacedAmendedAndWithdrawnWithTheExamplesAsTheyStand() {
        String id = Api.createDraft(alice(), Examples.DRAFT);
        alice().body(Examples.COMPLETE).when().put("/api/v1/requests/" + id).then().statusCode(200)
                .body("status", equalTo("DRAFT"));
        alice().when().get("/api/v1/requests/" + id + "/completeness").then().statusCode(200).body("complete", equalTo(true));
        alice().when().post("/api/v1/requests/" + id + "/submit").then().statusCode(200).body("version", equalTo(1));
        alice().body(Examples.AMENDMENT).when().post("/api/v1/requests/" + id + "/amendments").then().statusCode(200)
                .body("version", equalTo(2)).body("content.clinical.caps5TotalScore", equalTo(47));
        alice().body(Examples.WITHDRAWAL).when().post("/api/v1/requests/" + id + "/withdraw").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN")).body("withdrawReason", equalTo("Patient moved to another state."));
    }
}
