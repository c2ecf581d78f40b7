package org.expandedaccess.e2e;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.expandedaccess.stack.StackConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.expandedaccess.e2e.RunningSystem.url;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No acknowledged submission is lost when the database crashes: under load, PostgreSQL's whole process
 * tree is killed; the stack either brings it back by itself or is stopped and started again while the
 * database is down. Afterwards every submission that was answered 200 is SUBMITTED with exactly one
 * case, one determination and the inbox items of an undisturbed submission, and nothing is parked.
 */
@ExtendWith(RunningSystem.class)
class OutageIT {

    private final StackConfig config = RunningSystem.config();

    @org.junit.jupiter.api.AfterEach
    void noLoadLeftRunningAndEverythingSupervisedAgain() throws InterruptedException {
        SubmissionLoad.stopAll();
        for (String c : List.of("postgres", "kafka", "eligibility-service")) {
            RunningSystem.stack().release(c);
        }
        await().atMost(Duration.ofMinutes(3)).until(() -> RunningSystem.stack().allRunning());
    }
    private final Pipeline pipeline = new Pipeline();

    @Test
    void aDatabaseCrashUnderLoadLosesNoAcknowledgedSubmission() throws Exception {
        Pipeline.Footprint expected = undisturbedFootprint();
        String alice = RunningSystem.password("dr.alice");

        SubmissionLoad load = new SubmissionLoad(url(config.intakePort(), ""), alice, RunningSystem.completeRequest()).start(20);
        awaitAcknowledged(load, 30);
        long killedAt = System.nanoTime();
        RunningSystem.stack().kill("postgres"); // SIGKILL to the postmaster and every backend: a crash
        Thread.sleep(7000);
        load.stop();
        await().atMost(Duration.ofSeconds(60)).until(() -> RunningSystem.stack().allRunning());
        System.out.printf("e2e: postgres killed under load, restarted by the launcher; running again after %d s;"
                        + " %d submissions started, %d acknowledged, refused: %s%n",
                (System.nanoTime() - killedAt) / 1_000_000_000, load.started(), load.acknowledged().size(), load.refusals());

        assertNothingLost(load, expected);
    }

    @Test
    void aCleanStackDownDuringADatabaseOutageLosesNoAcknowledgedSubmission() throws Exception {
        Pipeline.Footprint expected = undisturbedFootprint();
        String alice = RunningSystem.password("dr.alice");

        SubmissionLoad load = new SubmissionLoad(url(config.intakePort(), ""), alice, RunningSystem.completeRequest()).start(20);
        awaitAcknowledged(load, 30);
        RunningSystem.stack().hold("postgres");
        RunningSystem.stack().kill("postgres");
        Thread.sleep(4000); // consumers now hold records they cannot apply
        load.stop();
        System.out.printf("e2e: postgres down; %d submissions started, %d acknowledged, refused: %s; stack down and up%n",
                load.started(), load.acknowledged().size(), load.refusals());
        RunningSystem.restart(); // the services shut down while their database is gone, then all starts again

        assertNothingLost(load, expected);
    }

    @Test
    void consumersRideOutAThreeMinuteDatabaseOutageUnderLoad() throws Exception {
        long outageSeconds = Long.getLong("e2e.outage-seconds", 180);
        Pipeline.Footprint expected = undisturbedFootprint();
        String alice = RunningSystem.password("dr.alice");
        SubmissionLoad load = new SubmissionLoad(url(config.intakePort(), ""), alice, RunningSystem.completeRequest()).start(20);
        awaitAcknowledged(load, 30);
        var stack = RunningSystem.stack();
        stack.hold("postgres");
        stack.kill("postgres");
        Thread.sleep(3000);
        load.stop();
        // the load goes on at a trickle (refused with 503 while the database is down)
        SubmissionLoad trickle = new SubmissionLoad(url(config.intakePort(), ""), alice, RunningSystem.completeRequest()).start(2);
        java.util.Set<String> seenWaiting = new java.util.TreeSet<>();
        long end = System.nanoTime() + java.time.Duration.ofSeconds(outageSeconds).toNanos();
        while (System.nanoTime() < end) {
            for (int port : List.of(config.eligibilityPort(), config.casePort(), config.notificationPort())) {
                var ready = given().get(url(port, "/q/health/ready"));
                assertEquals(503, ready.statusCode(), "readiness is DOWN while the database is");
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"([a-z-]+-service\\.[a-z]+)\"\\s*:\\s*\"waiting")
                        .matcher(ready.asString());
                while (m.find()) {
                    seenWaiting.add(m.group(1));
                }
            }
            assertTrue(stack.components().stream().filter(c -> c.name().endsWith("-service")).allMatch(c -> c.isAlive()),
                    "no service gives up during the outage");
            Thread.sleep(5000);
        }
        trickle.stop();
        System.out.printf("e2e: %d s database outage; consumers seen holding a record: %s; %d acknowledged before it%n",
                outageSeconds, seenWaiting, load.acknowledged().size());
        assertTrue(!seenWaiting.isEmpty(), "at least one consumer reported the record it held");
        stack.release("postgres");
        await().atMost(Duration.ofSeconds(120)).until(stack::allRunning);
        List<String> all = new java.util.ArrayList<>(load.acknowledged());
        all.addAll(trickle.acknowledged());
        // and the consumers are alive: a new submission goes through
        all.add(RunningSystem.submit(RunningSystem.password("dr.alice"), RunningSystem.completeRequest()));
        List<String> wrong = pipeline.awaitComplete(all, expected, Duration.ofSeconds(180));
        assertEquals(List.of(), wrong);
        assertEquals(List.of(), pipeline.parked(), "nothing is parked on a dead-letter topic");
    }

    @Test
    void aConsumerShutDownWhileItsDatabaseIsUnreachableAppliesTheRecordOnceAfterItsRestart() throws Exception {
        var stack = RunningSystem.stack();
        stack.hold("postgres");
        stack.kill("postgres");
        String requestId = UUID.randomUUID().toString();
        RecordMetadata sent = publishRequestSubmitted(requestId);

        // eligibility-service holds the record: readiness names its consumer as waiting
        await().atMost(Duration.ofSeconds(30)).until(() -> given()
                .get(url(config.eligibilityPort(), "/q/health/ready")).asString().contains("eligibility-service.requests"));
        stack.hold("eligibility-service");
        stack.terminate("eligibility-service", Duration.ofSeconds(30)); // SIGTERM: an orderly shutdown
        long committed = committedOffset("eligibility-service", new TopicPartition(sent.topic(), sent.partition()));
        assertTrue(committed <= sent.offset(), "the held record was not acknowledged: committed " + committed
                + ", record at " + sent.offset());

        stack.release("postgres");
        stack.release("eligibility-service");
        await().atMost(Duration.ofSeconds(120)).until(stack::allRunning);
        String alice = RunningSystem.password("dr.alice");
        await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().oauth2(alice)
                .get(url(config.eligibilityPort(), "/api/v1/eligibility/" + requestId + "/history")).statusCode() == 200
                && !given().auth().oauth2(alice).get(url(config.eligibilityPort(), "/api/v1/eligibility/" + requestId + "/history"))
                .jsonPath().getList("$").isEmpty());
        assertEquals(1, given().auth().oauth2(alice)
                .get(url(config.eligibilityPort(), "/api/v1/eligibility/" + requestId + "/history"))
                .jsonPath().getList("$").size(), "applied once");
        assertEquals(List.of(), pipeline.parked());
    }

    /** Lets the load run until enough submissions were acknowledged to make losing one visible. */
    private static void awaitAcknowledged(SubmissionLoad load, int count) {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100))
                .until(() -> load.acknowledged().size() >= count);
    }

    /** The inbox items of one submission made while nothing is wrong, to compare the others with. */
    private Pipeline.Footprint undisturbedFootprint() throws InterruptedException {
        String alice = RunningSystem.password("dr.alice");
        String control = RunningSystem.submit(alice, RunningSystem.completeRequest());
        RunningSystem.awaitCaseId(alice, control);
        // every item of the submission's journey so far has arrived once the footprint stops changing
        Pipeline.Footprint last = null;
        for (int stable = 0; stable < 3; ) {
            Thread.sleep(1000);
            Pipeline.Footprint now = pipeline.footprint(control);
            stable = now.equals(last) && !now.items().isEmpty() ? stable + 1 : 0;
            last = now;
        }
        return last;
    }

    private void assertNothingLost(SubmissionLoad load, Pipeline.Footprint expected) throws InterruptedException {
        assertTrue(load.acknowledged().size() >= 20, "the load acknowledged too few submissions to prove anything: "
                + load.acknowledged().size());
        long t0 = System.nanoTime();
        List<String> wrong = pipeline.awaitComplete(load.acknowledged(), expected, Duration.ofSeconds(180));
        System.out.printf("e2e: %d acknowledged submissions verified complete (checked through the APIs) %d s after recovery; wrong: %d%n",
                load.acknowledged().size(), (System.nanoTime() - t0) / 1_000_000_000, wrong.size());
        assertEquals(List.of(), wrong);
        assertEquals(List.of(), pipeline.parked(), "nothing is parked on a dead-letter topic");
    }

    /** A RequestSubmitted straight onto ea.requests (the docs' example for a new requestId), as intake's relay sends it. */
    private RecordMetadata publishRequestSubmitted(String requestId) throws Exception {
        Path example = config.projectRoot().resolve("docs/events/examples/request.submitted.v1.json");
        String data = Files.readString(example).replace("6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f", requestId);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + config.kafkaPort(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            ProducerRecord<String, String> record = new ProducerRecord<>("ea.requests", requestId, data);
            Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(),
                    "ce_type", "org.expandedaccess.request.submitted.v1", "ce_source", "/intake-service",
                    "ce_subject", requestId, "ce_time", OffsetDateTime.now().toString(),
                    "content-type", "application/json")
                    .forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
            return producer.send(record).get(30, TimeUnit.SECONDS);
        }
    }

    private long committedOffset(String group, TopicPartition partition) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + config.kafkaPort()))) {
            OffsetAndMetadata offset = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                    .get(30, TimeUnit.SECONDS).get(partition);
            return offset == null ? 0 : offset.offset();
        }
    }
}
