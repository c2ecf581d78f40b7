package org.expandedaccess.intake.requests;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import static io.restassured.RestAssured.given;
import static org.expandedaccess.intake.requests.Api.alice;
import static org.expandedaccess.intake.requests.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class RequestAccessTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private static final Map<String, String> USERS = Map.of(
            "physician", "dr.alice", "other-physician", "dr.bob", "triager", "tess.triage",
            "medical-reviewer", "mark.reviewer", "auditor", "audrey.audit", "integrator", "service-account-his");

    private RequestSpecification who(String who) {
        if (who.equals("none")) {
            return given().contentType("application/json");
        }
        String role = who.equals("other-physician") ? "physician" : who;
        return as(USERS.get(who), role);
    }

    /** Expected status per caller for each endpoint, on a request owned by dr.alice. */
    @Test
    void roleMatrix() {
        String draft = Api.createDraft(alice(), Examples.COMPLETE);
        String submitted = Api.createDraft(alice(), Examples.COMPLETE);
        alice().when().post("/api/v1/requests/" + submitted + "/submit").then().statusCode(200);
        List<String> callers = List.of("physician", "other-physician", "triager", "medical-reviewer", "auditor", "integrator", "none");
        record Case(String name, Function<RequestSpecification, Integer> call, List<Integer> expected) {
        }
        List<Case> cases = List.of(
                new Case("POST /requests", s -> s.body(Examples.DRAFT).post("/api/v1/requests").statusCode(),
                        List.of(201, 201, 403, 403, 403, 400, 401)),
                new Case("GET /requests", s -> s.get("/api/v1/requests").statusCode(),
                        List.of(200, 200, 200, 200, 200, 200, 401)),
                new Case("GET /requests/{id}", s -> s.get("/api/v1/requests/" + submitted).statusCode(),
                        List.of(200, 404, 200, 200, 200, 404, 401)),
                new Case("GET completeness", s -> s.get("/api/v1/requests/" + draft + "/completeness").statusCode(),
                        List.of(200, 404, 200, 200, 200, 404, 401)),
                new Case("GET versions", s -> s.get("/api/v1/requests/" + submitted + "/versions").statusCode(),
                        List.of(200, 404, 200, 200, 200, 404, 401)),
                new Case("PUT draft (by others)", s -> s.body(Examples.COMPLETE).put("/api/v1/requests/" + draft).statusCode(),
                        List.of(200, 404, 403, 403, 403, 404, 401)),
                new Case("POST amendments (by others)", s -> s.body("{\"reason\":\"A reason of some length.\",\"content\":"
                                + Examples.COMPLETE + "}").post("/api/v1/requests/" + submitted + "/amendments").statusCode(),
                        List.of(200, 404, 403, 403, 403, 404, 401)));
        List<String> failures = new ArrayList<>();
        for (Case c : cases) {
            for (int i = 0; i < callers.size(); i++) {
                int actual = c.call().apply(who(callers.get(i)).when());
                if (actual != c.expected().get(i)) {
                    failures.add(c.name() + " as " + callers.get(i) + ": expected " + c.expected().get(i) + ", got " + actual);
                }
            }
        }
        for (String caller : List.of("other-physician", "triager", "auditor", "integrator", "none")) {
            int status = who(caller).body("{\"reason\":\"Not mine to withdraw.\"}")
                    .when().post("/api/v1/requests/" + submitted + "/withdraw").statusCode();
            int expected = Map.of("other-physician", 404, "triager", 403, "auditor", 403, "integrator", 404, "none", 401).get(caller);
            if (status != expected) {
                failures.add("withdraw as " + caller + ": expected " + expected + ", got " + status);
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void integratorSubmitsForANamedPhysicianWhoThenSeesIt() {
        String body = Api.with(Api.complete(), "physician.username", Api.JSON.getNodeFactory().textNode("dr.alice")).toString();
        String id = Api.createDraft(as("service-account-his", "integrator"), body);
        as("service-account-his", "integrator").when().post("/api/v1/requests/" + id + "/submit").then().statusCode(200)
                .body("physician", equalTo("dr.alice")).body("submittedByClient", equalTo("ea-portal"));
        alice().when().get("/api/v1/requests/" + id).then().statusCode(200);
        as("dr.bob", "physician").when().get("/api/v1/requests/" + id).then().statusCode(404);
        as("service-account-other", "integrator").when().get("/api/v1/requests/" + id).then().statusCode(404);
        as("service-account-other", "integrator").when().get("/api/v1/requests").then().statusCode(200)
                .body("requestId", not(hasItem(id)));
        as("service-account-his", "integrator").when().get("/api/v1/requests").then().body("requestId", hasItem(id));
        // an integrator must name the physician
        as("service-account-his", "integrator").body(Examples.COMPLETE).when().post("/api/v1/requests").then()
                .statusCode(400).body("errors[0].field", equalTo("physician.username"));
    }

    @Test
    void sameIdempotencyKeyAndBodyReturnsTheFirstResponseAndAnotherBodyIs422() {
        String key = UUID.randomUUID().toString();
        String first = alice().header("Idempotency-Key", key).body(Examples.COMPLETE).when().post("/api/v1/requests")
                .then().statusCode(201).extract().path("requestId");
        String again = alice().header("Idempotency-Key", key).body(Examples.COMPLETE).when().post("/api/v1/requests")
                .then().statusCode(201).extract().path("requestId");
        assertEquals(first, again);
        alice().header("Idempotency-Key", key).body(Examples.EMERGENCY).when().post("/api/v1/requests")
                .then().statusCode(422).body("type", equalTo("urn:expanded-access:problem:idempotency-key-reused"));

        String submitKey = UUID.randomUUID().toString();
        alice().header("Idempotency-Key", submitKey).when().post("/api/v1/requests/" + first + "/submit").then().statusCode(200);
        alice().header("Idempotency-Key", submitKey).when().post("/api/v1/requests/" + first + "/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        assertEquals(1, Api.events(bootstrap, first, 1).size(), "one event for a retried submit");
    }

    @Test
    void tenParallelSubmitsOfOneDraftCreateOneSubmissionAndOneEvent() throws Exception {
        String id = Api.createDraft(alice(), Examples.COMPLETE);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            calls.add(pool.submit(() -> {
                start.await();
                return alice().when().post("/api/v1/requests/" + id + "/submit").statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> c : calls) {
            statuses.add(c.get());
        }
        pool.shutdown();
        assertEquals(1, Collections.frequency(statuses, 200), "one submission: " + statuses);
        assertEquals(9, Collections.frequency(statuses, 409), "the others see it submitted: " + statuses);
        Thread.sleep(1500); // let a (wrong) second event reach the broker before counting
        assertEquals(1, Api.events(bootstrap, id, 1).size());
        alice().when().get("/api/v1/requests/" + id + "/versions").then().body("version.size()", equalTo(1));
    }
}
