package org.expandedaccess.e2e;

import com.sun.net.httpserver.HttpServer;
import io.restassured.path.json.JsonPath;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.expandedaccess.stack.StackConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.expandedaccess.e2e.RunningSystem.url;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Notifications through the running system: a submission reaches the physician's mailbox (the
 * stack's GreenMail) and, when an integrator submitted it, that integrator's webhook receiver,
 * signed as Standard Webhooks say.
 */
@ExtendWith(RunningSystem.class)
class NotificationsIT {

    private static final String SUBMITTED = "org.expandedaccess.request.submitted.v1";

    private final StackConfig config = RunningSystem.config();

    record Received(Map<String, String> headers, String body, long atNanos) {
    }

    private static HttpServer receiver;
    private static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startReceiver() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", exchange -> {
            long at = System.nanoTime();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> headers = new java.util.HashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), v.get(0)));
            RECEIVED.add(new Received(headers, body, at));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void anIntegratorSubmissionMailsThePhysicianAndReachesTheIntegratorsReceiverSigned() throws Exception {
        String integrator = RunningSystem.integrator();
        JsonPath subscription = given().auth().oauth2(integrator).contentType("application/json")
                .body(Map.of("url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook",
                        "eventTypes", List.of(SUBMITTED), "description", "e2e receiver"))
                .post(url(config.notificationPort(), "/api/v1/webhooks")).then().statusCode(201).extract().jsonPath();
        String secret = subscription.getString("secret");
        assertTrue(secret.startsWith("whsec_"));

        String body = RunningSystem.completeRequest().replace("\"name\": \"Alice Anders, MD\"",
                "\"username\": \"dr.alice\", \"name\": \"Alice Anders, MD\"");
        long start = System.nanoTime();
        String requestId = RunningSystem.submit(integrator, body);

        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50))
                .until(() -> delivery(requestId).isPresent());
        Received delivery = delivery(requestId).orElseThrow();
        long webhookMs = (delivery.atNanos() - start) / 1_000_000;
        assertTrue(signatureValid(delivery, secret), "webhook-signature verifies with the secret shown at creation");
        assertEquals(SUBMITTED, JsonPath.from(delivery.body()).getString("type"));
        assertEquals(requestId, JsonPath.from(delivery.body()).getString("data.requestId"));

        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50))
                .until(() -> mailTo("alice@clinic.example", requestId, "Request received").isPresent());
        long mailMs = (System.nanoTime() - start) / 1_000_000;
        MimeMessage mail = mailTo("alice@clinic.example", requestId, "Request received").orElseThrow();
        // "[EA-2026-00042] " comes first when the case opened before the request event was consumed
        assertTrue(mail.getSubject().endsWith("Request received for patient JD"), mail.getSubject());
        assertTrue(mail.getMessageID().startsWith("<ea."), mail.getMessageID());
        assertTrue(text(mail).contains("What to do next:"));
        System.out.printf("e2e: submit -> signed webhook %d ms, -> physician's e-mail at most %d ms%n", webhookMs, mailMs);

        given().auth().oauth2(integrator)
                .get(url(config.notificationPort(), "/api/v1/webhooks/" + subscription.getString("id") + "/deliveries"))
                .then().statusCode(200)
                .body("find { it.requestId == '" + requestId + "' }.status", org.hamcrest.Matchers.equalTo("DELIVERED"));
    }

    @Test
    void aPhysiciansOwnSubmissionIsMailedToThemAndNeverReachesTheIntegrator() throws Exception {
        String integrator = RunningSystem.integrator();
        String subscription = given().auth().oauth2(integrator).contentType("application/json")
                .body(Map.of("url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook"))
                .post(url(config.notificationPort(), "/api/v1/webhooks")).then().statusCode(201).extract().path("id");
        String alice = RunningSystem.password("dr.alice");
        String requestId = RunningSystem.submit(alice, RunningSystem.completeRequest());
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50))
                .until(() -> mailTo("alice@clinic.example", requestId, "Request received").isPresent());
        // the sponsor's team heard of it too, in its mailbox and its team inbox
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100))
                .until(() -> mailTo("triage@sponsor.example", requestId, "New expanded access request").isPresent());
        given().auth().oauth2(RunningSystem.password("tess.triage")).get(url(config.notificationPort(), "/api/v1/notifications?size=200"))
                .then().statusCode(200).body("requestId", hasItem(requestId));
        // the triage mail was written in the same transaction as any delivery would have been
        given().auth().oauth2(integrator)
                .get(url(config.notificationPort(), "/api/v1/webhooks/" + subscription + "/deliveries?size=200"))
                .then().statusCode(200).body("requestId", not(hasItem(requestId)));
        assertTrue(RECEIVED.stream().noneMatch(r -> r.body().contains(requestId)), "not the integrator's request");
        given().auth().oauth2(integrator).delete(url(config.notificationPort(), "/api/v1/webhooks/" + subscription))
                .then().statusCode(204);
        given().auth().oauth2(RunningSystem.password("dr.bob")).get(url(config.notificationPort(), "/api/v1/notifications?size=200"))
                .then().statusCode(200).body("requestId", not(hasItem(requestId)));
    }

    private static Optional<Received> delivery(String requestId) {
        return RECEIVED.stream().filter(r -> r.body().contains(requestId)).findFirst();
    }

    private static Optional<MimeMessage> mailTo(String address, String requestId, String subjectStart) {
        return Arrays.stream(RunningSystem.stack().smtpServer().receivedMessages()).filter(m -> {
            try {
                return m.getRecipients(Message.RecipientType.TO)[0].toString().equals(address)
                        && m.getSubject().contains(subjectStart) && text(m).contains(requestId);
            } catch (Exception e) {
                return false;
            }
        }).findFirst();
    }

    private static String text(MimeMessage m) throws Exception {
        Object content = m.getContent();
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    return part.getContent().toString();
                }
            }
            return "";
        }
        return content.toString();
    }

    /** Standard Webhooks verification, independent of the service's code. */
    private static boolean signatureValid(Received r, String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        byte[] expected = mac.doFinal((r.headers().get("webhook-id") + "." + r.headers().get("webhook-timestamp") + "."
                + r.body()).getBytes(StandardCharsets.UTF_8));
        String signature = r.headers().get("webhook-signature");
        return signature.startsWith("v1,")
                && MessageDigest.isEqual(expected, Base64.getDecoder().decode(signature.substring(3)));
    }
}
