package org.expandedaccess.cases.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.expandedaccess.infra.quarkus.TestTokens.token;

/** Reading cases through the API while events are consumed. */
public final class Cases {

    private Cases() {
    }

    public static String status(String caseId) {
        return given().auth().oauth2(token("tess.triage", "triager")).get("/api/v1/cases/" + caseId)
                .then().statusCode(200).extract().jsonPath().getString("summary.status");
    }

    public static void awaitStatus(String caseId, String status) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> status.equals(status(caseId)));
    }

    /** Waits until the physician sees a case for the request; returns its id. */
    public static String awaitCase(String physician, String requestId) {
        String[] id = new String[1];
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> {
            List<Map<String, Object>> cases = given().auth().oauth2(token(physician, "physician"))
                    .when().get("/api/v1/cases?size=200").then().statusCode(200).extract().jsonPath().getList("$");
            return cases.stream().filter(c -> requestId.equals(c.get("requestId"))).findFirst()
                    .map(c -> id[0] = (String) c.get("id")).isPresent();
        });
        return id[0];
    }
}
