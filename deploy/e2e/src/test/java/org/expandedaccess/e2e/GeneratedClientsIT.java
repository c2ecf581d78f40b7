package org.expandedaccess.e2e;

import com.sun.net.httpserver.HttpServer;
import org.expandedaccess.clients.cases.api.CasesApi;
import org.expandedaccess.clients.cases.model.CaseStatus;
import org.expandedaccess.clients.cases.model.CaseSummary;
import org.expandedaccess.clients.cases.model.FdaGate;
import org.expandedaccess.clients.cases.model.FdaRoute;
import org.expandedaccess.clients.cases.model.GateStatus;
import org.expandedaccess.clients.cases.model.LoaGate;
import org.expandedaccess.clients.cases.model.ModelCase;
import org.expandedaccess.clients.cases.model.TransitionRequest;
import org.expandedaccess.clients.eligibility.api.EligibilityApi;
import org.expandedaccess.clients.eligibility.model.Eligibility;
import org.expandedaccess.clients.intake.api.RequestsApi;
import org.expandedaccess.clients.intake.model.Request;
import org.expandedaccess.clients.intake.model.RequestContent;
import org.expandedaccess.clients.notification.api.InboxApi;
import org.expandedaccess.clients.notification.api.WebhooksApi;
import org.expandedaccess.clients.notification.model.Notification;
import org.expandedaccess.clients.notification.model.Webhook;
import org.expandedaccess.clients.notification.model.WebhookCreated;
import org.expandedaccess.clients.notification.model.WebhookRequest;
import org.expandedaccess.stack.StackConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Clients generated from the checked-in OpenAPI documents (docs/api/) by openapi-generator, as an integrator
 * would generate them and unpatched (this module's pom generates them on every build), run a real flow against
 * the running system with real Keycloak tokens: create and submit a request, read the screening, list cases,
 * approve and record a gate, read the inbox, register a webhook, submit on a physician's behalf. The Java
 * clients run here; the TypeScript (fetch) clients run the same flow in Node.js ({@code src/test/typescript}).
 * A document that does not match what the service does breaks the generated code at compile time (names,
 * types) or here (status codes, media types, field types, nullability, enum values).
 */
@ExtendWith(RunningSystem.class)
class GeneratedClientsIT {

    private static HttpServer receiver;

    @BeforeAll
    static void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
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
    void theGeneratedJavaClientsRunTheIntegratorFlow() throws Exception {
        StackConfig config = RunningSystem.config();
        String alice = RunningSystem.password("dr.alice");
        String tess = RunningSystem.password("tess.triage");
        String integrator = RunningSystem.integrator();
        // gate dates are the sponsor's calendar days (the demo sponsor's time zone), never in the future there
        LocalDate today = LocalDate.now(ZoneId.of("America/New_York"));

        // intake: a draft from the README's example request, then submitted
        var intakeAsAlice = client(new org.expandedaccess.clients.intake.ApiClient(), config.intakePort(), alice,
                org.expandedaccess.clients.intake.ApiClient::updateBaseUri,
                org.expandedaccess.clients.intake.ApiClient::setRequestInterceptor);
        RequestContent content = intakeAsAlice.getObjectMapper().readValue(RunningSystem.completeRequest(), RequestContent.class);
        RequestsApi requests = new RequestsApi(intakeAsAlice);
        Request draft = requests.createRequest(content, UUID.randomUUID().toString());
        assertEquals("DRAFT", String.valueOf(draft.getStatus()));
        assertTrue(requests.getRequestCompleteness(draft.getRequestId()).getComplete());
        Request submitted = requests.submitRequest(draft.getRequestId(), null);
        assertEquals("SUBMITTED", String.valueOf(submitted.getStatus()));
        assertNotNull(submitted.getSubmittedAt());
        UUID requestId = submitted.getRequestId();

        // eligibility: the screening, once the determination is in
        EligibilityApi eligibility = new EligibilityApi(client(new org.expandedaccess.clients.eligibility.ApiClient(),
                config.eligibilityPort(), alice, org.expandedaccess.clients.eligibility.ApiClient::updateBaseUri,
                org.expandedaccess.clients.eligibility.ApiClient::setRequestInterceptor));
        Eligibility screening = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .ignoreExceptionsMatching(e -> e instanceof org.expandedaccess.clients.eligibility.ApiException a && a.getCode() == 404)
                .until(() -> eligibility.getDetermination(requestId), e -> e.getOutcome() != null);
        assertEquals(Eligibility.OutcomeEnum.ELIGIBLE, screening.getOutcome());
        assertFalse(screening.getDetermination().getCriteria().isEmpty(), "every criterion with its evidence");

        // case: listed for the physician once screening put it under review, approved by the triager with the LOA, FDA gate by the physician
        CasesApi casesAsAlice = new CasesApi(caseClient(config, alice));
        CaseSummary listed = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> casesAsAlice.listCases(null, null, null, null, null, requestId.toString(), null, List.of("UNDER_REVIEW")),
                        l -> !l.isEmpty()).get(0);
        assertEquals(requestId, listed.getRequestId());
        CasesApi casesAsTess = new CasesApi(caseClient(config, tess));
        ModelCase approved = casesAsTess.transitionCase(listed.getId(), new TransitionRequest().to(CaseStatus.APPROVED)
                .loa(new LoaGate().reference("EA-LOA-GEN-JAVA").issuedOn(today)));
        assertEquals("AUTHORIZING", String.valueOf(approved.getSummary().getStatus()));
        List<GateStatus> gates = casesAsAlice.recordFdaGate(listed.getId(),
                new FdaGate().route(FdaRoute.SUBMITTED).receivedByFdaOn(today).indNumber("123456"));
        GateStatus fda = gates.stream().filter(g -> "FDA".equals(String.valueOf(g.getGate()))).findFirst().orElseThrow();
        assertTrue(fda.getRecorded());
        assertEquals(today.plusDays(30), fda.getSatisfiedFrom(), "an IND is in effect 30 days after FDA receives it");

        // notification: the physician's inbox has the submission
        InboxApi inbox = new InboxApi(client(new org.expandedaccess.clients.notification.ApiClient(), config.notificationPort(),
                alice, org.expandedaccess.clients.notification.ApiClient::updateBaseUri,
                org.expandedaccess.clients.notification.ApiClient::setRequestInterceptor));
        List<Notification> items = await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> inbox.listNotifications(null, 200, null),
                        l -> l.stream().anyMatch(n -> requestId.equals(n.getRequestId())));
        assertFalse(items.isEmpty());
        assertTrue(inbox.countUnreadNotifications().getUnread() > 0);

        // the integrator registers a webhook and submits on dr.alice's behalf
        var notificationAsIntegrator = client(new org.expandedaccess.clients.notification.ApiClient(), config.notificationPort(),
                integrator, org.expandedaccess.clients.notification.ApiClient::updateBaseUri,
                org.expandedaccess.clients.notification.ApiClient::setRequestInterceptor);
        WebhooksApi webhooks = new WebhooksApi(notificationAsIntegrator);
        WebhookCreated hook = webhooks.createWebhook(new WebhookRequest()
                .url("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook")
                .eventTypes(List.of("org.expandedaccess.request.submitted.v1")).description("generated Java client"),
                UUID.randomUUID().toString());
        assertTrue(hook.getSecret().startsWith("whsec_"));
        Webhook read = webhooks.getWebhook(hook.getId());
        assertEquals(hook.getUrl(), read.getUrl());
        assertTrue(webhooks.listWebhooks().stream().anyMatch(w -> w.getId().equals(hook.getId())));

        var intakeAsIntegrator = client(new org.expandedaccess.clients.intake.ApiClient(), config.intakePort(), integrator,
                org.expandedaccess.clients.intake.ApiClient::updateBaseUri,
                org.expandedaccess.clients.intake.ApiClient::setRequestInterceptor);
        RequestContent onBehalf = intakeAsIntegrator.getObjectMapper().readValue(RunningSystem.completeRequest()
                .replace("\"name\": \"Alice Anders, MD\"", "\"username\": \"dr.alice\", \"name\": \"Alice Anders, MD\""),
                RequestContent.class);
        RequestsApi integratorRequests = new RequestsApi(intakeAsIntegrator);
        Request his = integratorRequests.submitRequest(
                integratorRequests.createRequest(onBehalf, UUID.randomUUID().toString()).getRequestId(), null);
        assertEquals("SUBMITTED", String.valueOf(his.getStatus()));
        assertEquals("dr.alice", his.getPhysician());
        webhooks.deleteWebhook(hook.getId());
        System.out.printf("e2e: generated Java clients: request %s screened %s, case %s AUTHORIZING with the FDA gate,"
                + " %d inbox items, webhook registered, integrator submission %s%n", requestId, screening.getOutcome(),
                listed.getReference(), items.size(), his.getRequestId());
    }

    @Test
    void theGeneratedTypeScriptClientsRunTheIntegratorFlow() throws Exception {
        StackConfig config = RunningSystem.config();
        Path root = Path.of(System.getProperty("ea.project-root", "../..")).toAbsolutePath().normalize();
        Path clients = Path.of("target/generated-clients/typescript").toAbsolutePath();
        assertTrue(Files.isDirectory(clients.resolve("intake")), "the pom generates the TypeScript clients into " + clients);
        List<String> command = new ArrayList<>(List.of("bash", root.resolve("tools/contract-lint/typescript").toString(),
                Path.of("src/test/typescript").toAbsolutePath().toString(), clients.toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("EA_KEYCLOAK", "http://localhost:" + config.keycloakPort());
        env.put("EA_INTAKE", "http://localhost:" + config.intakePort());
        env.put("EA_ELIGIBILITY", "http://localhost:" + config.eligibilityPort());
        env.put("EA_CASE", "http://localhost:" + config.casePort());
        env.put("EA_NOTIFICATION", "http://localhost:" + config.notificationPort());
        env.put("EA_WEBHOOK_RECEIVER", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
        env.put("EA_COMPLETE_REQUEST", root.resolve("docs/examples/complete-request.json").toString());
        Process process = pb.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the TypeScript flow finishes");
        System.out.print(output.lines().map(l -> "e2e: ts | " + l + "\n").reduce("", String::concat));
        assertEquals(0, process.exitValue(), "the TypeScript flow failed:\n" + output);
        assertTrue(output.contains("flow complete"), output);
    }

    private static org.expandedaccess.clients.cases.ApiClient caseClient(StackConfig config, String token) {
        return client(new org.expandedaccess.clients.cases.ApiClient(), config.casePort(), token,
                org.expandedaccess.clients.cases.ApiClient::updateBaseUri,
                org.expandedaccess.clients.cases.ApiClient::setRequestInterceptor);
    }

    /** Each generated package has its own ApiClient class: pointed at a service, sending a bearer token. */
    private static <C> C client(C client, int port, String token, java.util.function.BiConsumer<C, String> baseUri,
                                java.util.function.BiConsumer<C, Consumer<java.net.http.HttpRequest.Builder>> interceptor) {
        baseUri.accept(client, "http://localhost:" + port);
        interceptor.accept(client, b -> b.header("Authorization", "Bearer " + token));
        return client;
    }
}
