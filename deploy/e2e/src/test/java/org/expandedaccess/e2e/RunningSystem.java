package org.expandedaccess.e2e;

import io.restassured.RestAssured;
import org.expandedaccess.stack.ConsoleProgress;
import org.expandedaccess.stack.Stack;
import org.expandedaccess.stack.StackConfig;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The whole system, started once for every end-to-end test class by the same launcher as
 * {@code deploy/local/stack} (real PostgreSQL, Kafka, Keycloak, SMTP and the four services), and
 * stopped when the last test class has run. Test classes say {@code @ExtendWith(RunningSystem.class)}
 * and use the static helpers: real tokens from Keycloak's token endpoint, submission as a user would.
 */
public final class RunningSystem implements BeforeAllCallback {

    private static StackConfig config;
    private static Stack stack;
    private static String completeRequest;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(RunningSystem.class, k -> start(), Started.class);
    }

    private static Started start() {
        int offset = Integer.getInteger("ea.e2e.port-offset", 20000);
        Path root = Path.of(System.getProperty("ea.project-root", "../..")).toAbsolutePath().normalize();
        Path data = Path.of(System.getProperty("ea.e2e.data-dir", "target/e2e-stack"));
        deleteRecursively(data); // every run starts from empty databases, as on a fresh machine
        config = StackConfig.withPortOffset(offset, data, root);
        completeRequest = read(root.resolve("docs/examples/complete-request.json"));
        stack = new Stack(config, new ConsoleProgress(System.out));
        long start = System.nanoTime();
        stack.start();
        System.out.printf("e2e: stack ready in %d s%n", (System.nanoTime() - start) / 1_000_000_000);
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        return new Started();
    }

    /** Closed by JUnit after the last test class of the run: stops the stack running then. */
    private record Started() implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            stack.stop();
        }
    }

    /**
     * Stops the whole stack, as {@code stack down} does, and starts it again on the same data, as
     * {@code stack up} does; returns when everything is ready again.
     */
    public static synchronized void restart() {
        stack.stop();
        stack = new Stack(config, new ConsoleProgress(System.out));
        long start = System.nanoTime();
        stack.start();
        System.out.printf("e2e: stack restarted in %d s%n", (System.nanoTime() - start) / 1_000_000_000);
    }

    /** The running stack; {@code stack().smtpServer()} reads the mail the services sent. */
    public static Stack stack() {
        return stack;
    }

    public static StackConfig config() {
        return config;
    }

    /** The complete request the README's curl example submits (docs/examples/complete-request.json). */
    public static String completeRequest() {
        return completeRequest;
    }

    /** A user's access token from Keycloak (password grant on ea-portal; every demo user's password is "demo"). */
    public static String password(String user) {
        return given().formParams(Map.of("grant_type", "password", "client_id", "ea-portal",
                        "username", user, "password", "demo"))
                .post(tokenEndpoint()).then().statusCode(200).extract().path("access_token");
    }

    /** The demo integrator's access token (client credentials). */
    public static String integrator() {
        return given().formParams(Map.of("grant_type", "client_credentials", "client_id", "ea-integration-demo",
                        "client_secret", "ea-integration-demo-secret"))
                .post(tokenEndpoint()).then().statusCode(200).extract().path("access_token");
    }

    public static String tokenEndpoint() {
        return "http://localhost:" + config.keycloakPort() + "/realms/expanded-access/protocol/openid-connect/token";
    }

    public static String url(int port, String path) {
        return "http://localhost:" + port + path;
    }

    /** Creates a draft and submits it, as a physician or integrator would; returns the requestId. */
    public static String submit(String token, String body) {
        String id = given().auth().oauth2(token).contentType("application/json").body(body)
                .post(url(config.intakePort(), "/api/v1/requests")).then().statusCode(201)
                .body("status", equalTo("DRAFT")).extract().path("requestId");
        given().auth().oauth2(token).get(url(config.intakePort(), "/api/v1/requests/" + id + "/completeness"))
                .then().statusCode(200).body("complete", equalTo(true));
        given().auth().oauth2(token).post(url(config.intakePort(), "/api/v1/requests/" + id + "/submit"))
                .then().statusCode(200).body("status", equalTo("SUBMITTED"));
        return id;
    }

    /** Waits until the case for a request is visible to the token's user; returns the case id. */
    public static String awaitCaseId(String token, String requestId) {
        String[] id = new String[1];
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(() -> {
            // by requestId: the physician may have far more cases than one page holds
            List<Map<String, Object>> cases = given().auth().oauth2(token).queryParam("requestId", requestId)
                    .get(url(config.casePort(), "/api/v1/cases"))
                    .then().statusCode(200).extract().jsonPath().getList("$");
            return cases.stream().filter(c -> requestId.equals(c.get("requestId"))).findFirst()
                    .map(c -> id[0] = (String) c.get("id")).isPresent();
        });
        return id[0];
    }

    /** Deletes a folder and everything in it (symbolic links themselves, not what they point to). */
    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + dir, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("example missing: " + file, e);
        }
    }
}
