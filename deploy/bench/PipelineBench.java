import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The pipeline against a running stack (deploy/local/stack up), in one run, printed as one table:
 * the baselines first (a raw Kafka hop through the stack's own broker, produce with acks=all to
 * consume; a bare authenticated GET on intake), then a physician's submissions at a fixed rate, each
 * timed from the submit call until its inbox items arrive over the notification stream (SSE):
 * "request received" is one Kafka hop away (intake to notification), "case opened" two (intake to
 * case-service to notification). Then each service's resident memory.
 *
 *   deploy/bench/pipeline [rate=50] [seconds=120] [low-rate=10] [low-seconds=30]
 *
 * Loopback only, bounded counts (rate x seconds submissions), stops by itself. The drafts are created
 * before each load phase, untimed, so the load is the submissions alone.
 */
public class PipelineBench {

    static final String KEYCLOAK = env("EA_KEYCLOAK_URL", "http://localhost:8180");
    static final String INTAKE = env("EA_INTAKE_URL", "http://localhost:8081");
    static final String NOTIFICATIONS = env("EA_NOTIFICATIONS_URL", "http://localhost:8084");
    static final String KAFKA = env("EA_KAFKA", "localhost:9092");
    static final Path STACK_PID = Path.of(env("EA_STACK_PID", "deploy/local/.data/stack.pid"));
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final Pattern REQUEST_ID = Pattern.compile("\"requestId\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern KIND = Pattern.compile("\"kind\"\\s*:\\s*\"([^\"]+)\"");

    static final AtomicReference<String> TOKEN = new AtomicReference<>();
    static final List<String[]> ROWS = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        int rate = arg(args, 0, 50);
        int seconds = arg(args, 1, 120);
        int lowRate = arg(args, 2, 10);
        int lowSeconds = arg(args, 3, 30);
        String body = Files.readString(Path.of("docs/examples/complete-request.json"));
        TOKEN.set(token());
        ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(daemon());
        refresher.scheduleAtFixedRate(() -> {
            try {
                TOKEN.set(token());
            } catch (Exception e) {
                System.err.println("token refresh failed: " + e);
            }
        }, 4, 4, TimeUnit.MINUTES);

        System.out.printf("pipeline benchmark %s: baselines, then %d/s for %d s, then %d/s for %d s; stack at %s%n",
                LocalDate.now(), lowRate, lowSeconds, rate, seconds, INTAKE);
        Stats hop = kafkaHop(500, 100);
        String one = createDraft(body);
        for (int i = 0; i < 300; i++) {
            get("/api/v1/requests/" + one); // warm-up
        }
        Stats bareGet = timed(1000, 1, () -> get("/api/v1/requests/" + one));
        row("baseline: raw Kafka hop (acks=all, produce to consume)", hop.describe(), "", "");
        row("baseline: bare authenticated GET on intake (1 client)", bareGet.describe(), "", "");

        try (Inbox inbox = Inbox.open()) {
            // warm-up, not reported: a service just started compiles its hot paths for the first minute or so
            System.out.println("warm-up, not reported:");
            load(inbox, body, lowRate, 30, false);
            Load low = load(inbox, body, lowRate, lowSeconds, true);
            double budget = low.submit.p(0.50) + 2 * hop.p(0.50);
            report(low, lowRate, hop);
            row(lowRate + "/s: case opened p50 vs (submit p50 + 2 Kafka hops p50)",
                    String.format("%.0f ms vs %.1f ms", low.opened.p(0.50), budget),
                    String.format("%.1fx", low.opened.p(0.50) / budget), "<= 4x");

            Load high = load(inbox, body, rate, seconds, true);
            report(high, rate, hop);
        }
        memory();
        print();
        refresher.shutdownNow();
    }

    /** One load phase: fresh drafts created first, then submitted at a fixed rate; waits for the inbox items. */
    static Load load(Inbox inbox, String body, int rate, int seconds, boolean reported) throws Exception {
        int n = rate * seconds;
        System.out.printf("creating %d drafts ...%n", n);
        List<String> drafts = new ArrayList<>(n);
        ExecutorService creators = Executors.newFixedThreadPool(4);
        List<Future<String>> created = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            created.add(creators.submit(() -> createDraft(body)));
        }
        for (Future<String> f : created) {
            drafts.add(f.get());
        }
        creators.shutdown();
        System.out.printf("submitting %d/s for %d s ...%n", rate, seconds);
        long[] submitNanos = new long[n];
        AtomicInteger errors = new AtomicInteger();
        ExecutorService senders = Executors.newFixedThreadPool(64);
        CountDownLatch done = new CountDownLatch(n);
        Map<String, Long> cpuBefore = cpuTicks();
        long start = System.nanoTime();
        long period = 1_000_000_000L / rate;
        for (int i = 0; i < n; i++) {
            long due = start + i * period;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            int index = i;
            senders.submit(() -> {
                long t0 = System.nanoTime();
                inbox.expect(drafts.get(index), t0);
                try {
                    if (post("/api/v1/requests/" + drafts.get(index) + "/submit") != 200) {
                        errors.incrementAndGet();
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                }
                submitNanos[index] = System.nanoTime() - t0;
                done.countDown();
            });
            if (i > 0 && i % (rate * 10) == 0) {
                System.out.printf("  %d s: %d submitted, %d case-opened items arrived%n", i / rate, i,
                        inbox.arrived("CASE_OPENED"));
            }
        }
        done.await();
        senders.shutdown();
        long end = System.nanoTime();
        Map<String, Long> cpuAfter = cpuTicks();
        StringBuilder cpu = new StringBuilder();
        double wall = (end - start) / 1e9;
        cpuAfter.forEach((name, ticks) -> cpu.append(String.format("%s %.0f%%, ", name,
                (ticks - cpuBefore.getOrDefault(name, ticks)) / 100.0 / wall * 100)));
        if (reported) {
            row(rate + "/s: CPU while submitting (% of one core; 2 cores = 200%)", cpu.toString().replaceAll(", $", ""),
                    "", "");
        }
        // everything should arrive within a few seconds of the last submission; stop waiting after 30 s
        long giveUp = end + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < giveUp && (inbox.missing(drafts, "REQUEST_RECEIVED") > 0
                || inbox.missing(drafts, "CASE_OPENED") > 0)) {
            TimeUnit.MILLISECONDS.sleep(100);
        }
        double drain = (System.nanoTime() - end) / 1e9;
        Load load = new Load(n, errors.get(), new Stats(submitNanos), inbox.latencies(drafts, "REQUEST_RECEIVED"),
                inbox.latencies(drafts, "CASE_OPENED"), inbox.latencies(drafts, "TOPIC_CASE_OPENED"), inbox.missing(drafts, "REQUEST_RECEIVED"),
                inbox.missing(drafts, "CASE_OPENED"), drain,
                inbox.window(drafts, "CASE_OPENED", 0, 0.2), inbox.window(drafts, "CASE_OPENED", 0.8, 1));
        return load;
    }

    record Load(int n, int errors, Stats submit, Stats received, Stats opened, Stats openedOnTopic, int receivedMissing, int openedMissing,
                double drainSeconds, Stats firstFifth, Stats lastFifth) {
    }

    static void report(Load l, int rate, Stats hop) {
        String p = rate + "/s: ";
        row(p + "submit (POST /submit), " + l.n + " submissions, " + l.errors + " errors", l.submit.describe(), "",
                rate >= 50 ? "p99 <= 150 ms" : "");
        row(p + "submit -> \"request received\" inbox item (1 hop)", l.received.describe() + missing(l.receivedMissing),
                String.format("%.1fx hop p99", l.received.p(0.99) / hop.p(0.99)), rate >= 50 ? "p99 <= 150 ms" : "");
        row(p + "submit -> \"case opened\" inbox item (2 hops)", l.opened.describe() + missing(l.openedMissing),
                String.format("%.1fx 2 hops p99", l.opened.p(0.99) / (2 * hop.p(0.99))), rate >= 50 ? "p99 <= 300 ms" : "");
        row(p + "  of which: submit -> case.opened on the ea.cases topic", l.openedOnTopic.describe(), "", "");
        row(p + "backlog: case opened p50, first fifth vs last fifth",
                String.format("%.0f ms vs %.0f ms; drained %.1f s after the last submit", l.firstFifth.p(0.5),
                        l.lastFifth.p(0.5), l.drainSeconds), String.format("%.1fx", l.lastFifth.p(0.5) / Math.max(1, l.firstFifth.p(0.5))),
                "no growth, nothing lost");
    }

    static String missing(int n) {
        return n == 0 ? "" : "; " + n + " NOT ARRIVED";
    }

    /** The physician's notification stream: arrival time per (request, kind). */
    static final class Inbox implements AutoCloseable {
        final Map<String, Long> expected = new ConcurrentHashMap<>();
        final Map<String, Long> arrivals = new ConcurrentHashMap<>();
        final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
        final CountDownLatch ready = new CountDownLatch(1);
        volatile java.util.concurrent.CompletableFuture<HttpResponse<Stream<String>>> response;
        volatile boolean closed;
        Thread topicReader;

        /** Also times case.opened on the ea.cases topic itself, to tell case-service's share from notification's. */
        void readCasesTopic() {
            Properties cc = new Properties();
            cc.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA);
            cc.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            KafkaConsumer<String, String> consumer = new KafkaConsumer<>(cc, new StringDeserializer(), new StringDeserializer());
            List<TopicPartition> partitions = consumer.partitionsFor("ea.cases").stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            topicReader = new Thread(() -> {
                try (consumer) {
                    while (!closed) {
                        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(100))) {
                            long now = System.nanoTime();
                            var type = r.headers().lastHeader("ce_type");
                            if (type != null && new String(type.value()).equals("org.expandedaccess.case.opened.v1")) {
                                Matcher id = REQUEST_ID.matcher(r.value());
                                if (id.find()) {
                                    arrivals.putIfAbsent(id.group(1) + "/TOPIC_CASE_OPENED", now);
                                }
                            }
                        }
                    }
                }
            });
            topicReader.setDaemon(true);
            topicReader.start();
        }

        static Inbox open() throws Exception {
            Inbox inbox = new Inbox();
            inbox.readCasesTopic();
            inbox.response = HTTP.sendAsync(HttpRequest.newBuilder(URI.create(NOTIFICATIONS + "/api/v1/notifications/stream"))
                    .header("Authorization", "Bearer " + TOKEN.get()).header("Accept", "text/event-stream").GET().build(),
                    HttpResponse.BodyHandlers.ofLines());
            inbox.response.thenAccept(r -> {
                if (r.statusCode() != 200) {
                    System.err.println("notification stream answered " + r.statusCode());
                    return;
                }
                String[] event = {null};
                r.body().forEach(line -> inbox.line(line, event));
            });
            if (!inbox.ready.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the notification stream did not say ready within 20 s");
            }
            return inbox;
        }

        void line(String line, String[] event) {
            long now = System.nanoTime();
            if (line.startsWith("event:")) {
                event[0] = line.substring(6).trim();
                if (event[0].equals("ready")) {
                    ready.countDown();
                }
            } else if (line.startsWith("data:") && "notification".equals(event[0])) {
                Matcher id = REQUEST_ID.matcher(line);
                Matcher kind = KIND.matcher(line);
                if (id.find() && kind.find()) {
                    arrivals.putIfAbsent(id.group(1) + "/" + kind.group(1), now);
                    counts.computeIfAbsent(kind.group(1), k -> new AtomicInteger()).incrementAndGet();
                }
            }
        }

        void expect(String requestId, long sentAt) {
            expected.put(requestId, sentAt);
        }

        int arrived(String kind) {
            AtomicInteger c = counts.get(kind);
            return c == null ? 0 : c.get();
        }

        int missing(List<String> ids, String kind) {
            return (int) ids.stream().filter(id -> !arrivals.containsKey(id + "/" + kind)).count();
        }

        Stats latencies(List<String> ids, String kind) {
            return new Stats(ids.stream().filter(id -> arrivals.containsKey(id + "/" + kind))
                    .mapToLong(id -> arrivals.get(id + "/" + kind) - expected.get(id)).toArray());
        }

        Stats window(List<String> ids, String kind, double from, double to) {
            return latencies(ids.subList((int) (ids.size() * from), (int) (ids.size() * to)), kind);
        }

        @Override
        public void close() {
            closed = true;
            response.cancel(true);
        }
    }

    static Stats kafkaHop(int n, int perSecond) throws Exception {
        String topic = "bench.kafka-hop";
        Properties admin = new Properties();
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA);
        try (Admin a = Admin.create(admin)) {
            if (!a.listTopics().names().get().contains(topic)) {
                a.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
            }
        }
        Properties pc = new Properties();
        pc.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA);
        pc.put(ProducerConfig.ACKS_CONFIG, "all");
        pc.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        Properties cc = new Properties();
        cc.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA);
        cc.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        long[] nanos = new long[n];
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(pc, new StringSerializer(), new StringSerializer());
             KafkaConsumer<String, String> consumer = new KafkaConsumer<>(cc, new StringDeserializer(), new StringDeserializer())) {
            TopicPartition tp = new TopicPartition(topic, 0);
            consumer.assign(List.of(tp));
            consumer.seekToEnd(List.of(tp));
            consumer.position(tp);
            producer.send(new ProducerRecord<>(topic, "warm-up", "-1")).get();
            Thread sender = new Thread(() -> {
                try {
                    for (int i = 0; i < n; i++) {
                        producer.send(new ProducerRecord<>(topic, "k" + i, i + ":" + System.nanoTime()));
                        TimeUnit.MICROSECONDS.sleep(1_000_000 / perSecond);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            sender.start();
            int got = 0;
            long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(n / perSecond + 30);
            while (got < n && System.nanoTime() < giveUp) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(100))) {
                    String[] parts = r.value().split(":");
                    if (parts.length == 2) {
                        nanos[Integer.parseInt(parts[0])] = System.nanoTime() - Long.parseLong(parts[1]);
                        got++;
                    }
                }
            }
            sender.join();
        }
        return new Stats(nanos);
    }

    interface Call {
        int call() throws Exception;
    }

    static Stats timed(int n, int concurrency, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long[] nanos = new long[n];
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int index = i;
            futures.add(pool.submit(() -> {
                long t0 = System.nanoTime();
                if (call.call() != 200) {
                    throw new IllegalStateException("not 200");
                }
                nanos[index] = System.nanoTime() - t0;
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        return new Stats(nanos);
    }

    /** Latencies in nanoseconds; percentiles in milliseconds. */
    record Stats(long[] sorted) {
        Stats {
            sorted = sorted.clone();
            Arrays.sort(sorted);
        }

        double p(double q) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            return sorted[Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(q * sorted.length) - 1))] / 1e6;
        }

        String describe() {
            return sorted.length == 0 ? "none"
                    : String.format("p50 %.1f ms, p99 %.1f ms, max %.0f ms (n=%d)", p(0.5), p(0.99), p(1), sorted.length);
        }
    }

    /** The launcher and the components it started, by name, from the pid file it writes (empty without one). */
    static Map<String, ProcessHandle> stackProcesses() throws IOException {
        Map<String, ProcessHandle> processes = new java.util.TreeMap<>();
        if (!Files.exists(STACK_PID)) {
            return processes;
        }
        Pattern entry = Pattern.compile("(?:child\\.\\d+|launcher)=(\\S+) (\\d+) .*");
        for (String line : Files.readAllLines(STACK_PID)) {
            Matcher m = entry.matcher(line);
            if (m.matches()) {
                ProcessHandle.of(Long.parseLong(m.group(2))).ifPresent(p -> processes.put(m.group(1), p));
            }
        }
        return processes;
    }

    /** A process and its children (Keycloak's launch script and its JVM, PostgreSQL's backends). */
    static Stream<ProcessHandle> tree(ProcessHandle root) {
        return Stream.concat(Stream.of(root), root.descendants());
    }

    /** CPU time (clock ticks, 1/100 s) of each component's process tree, from /proc. */
    static Map<String, Long> cpuTicks() throws IOException {
        Map<String, Long> ticks = new java.util.TreeMap<>();
        stackProcesses().forEach((name, root) -> {
            // the launcher is the stack's SMTP server (GreenMail); its children are the other components
            if (name.equals("launcher")) {
                ticks.put("launcher (SMTP)", ticksOf(root));
            } else {
                ticks.put(name, tree(root).mapToLong(PipelineBench::ticksOf).sum());
            }
        });
        ticks.put("this benchmark", ticksOf(ProcessHandle.current()));
        return ticks;
    }

    static long ticksOf(ProcessHandle p) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(p.pid()), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /**
     * Resident memory of each JVM the launcher started (a process and its children, so Keycloak's launch script
     * counts its JVM); PostgreSQL is left out: its processes share one buffer pool, which a sum would count again
     * and again.
     */
    static void memory() throws IOException {
        Map<String, ProcessHandle> processes = stackProcesses();
        if (processes.isEmpty()) {
            row("memory", "no " + STACK_PID + ": not measured", "", "");
            return;
        }
        processes.forEach((name, root) -> {
            if (name.equals("postgres") || name.equals("launcher")) {
                return;
            }
            long kib = tree(root).mapToLong(PipelineBench::residentKib).sum();
            row("memory after the load: " + name + " resident", String.format("%d MiB", kib / 1024), "",
                    name.endsWith("-service") ? "<= 200 MiB" : "");
        });
    }

    static long residentKib(ProcessHandle p) {
        try {
            return Files.readAllLines(Path.of("/proc", String.valueOf(p.pid()), "status")).stream()
                    .filter(l -> l.startsWith("VmRSS:")).map(l -> l.replaceAll("\\D", "")).mapToLong(Long::parseLong)
                    .findFirst().orElse(0);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    static void row(String what, String value, String ratio, String target) {
        ROWS.add(new String[]{what, value, ratio, target});
    }

    static void print() {
        int[] w = {0, 0, 0, 0};
        String[] head = {"measure", "result", "ratio to baseline", "target"};
        for (String[] r : concat(head)) {
            for (int i = 0; i < 4; i++) {
                w[i] = Math.max(w[i], r[i].length());
            }
        }
        System.out.println();
        for (String[] r : concat(head)) {
            System.out.printf("| %-" + w[0] + "s | %-" + w[1] + "s | %-" + w[2] + "s | %-" + w[3] + "s |%n", (Object[]) r);
            if (r == head) {
                System.out.printf("|%s|%s|%s|%s|%n", "-".repeat(w[0] + 2), "-".repeat(w[1] + 2), "-".repeat(w[2] + 2),
                        "-".repeat(w[3] + 2));
            }
        }
    }

    static List<String[]> concat(String[] head) {
        List<String[]> all = new ArrayList<>();
        all.add(head);
        all.addAll(ROWS);
        return all;
    }

    static String token() throws Exception {
        String form = "grant_type=password&client_id=ea-portal&username=dr.alice&password=demo";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(
                        KEYCLOAK + "/realms/expanded-access/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException("no token from Keycloak: " + r.statusCode());
        }
        return m.group(1);
    }

    static String createDraft(String body) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(INTAKE + "/api/v1/requests"))
                .header("Authorization", "Bearer " + TOKEN.get()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException("draft not created: " + r.statusCode() + " " + r.body());
        }
        Matcher m = REQUEST_ID.matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException("no requestId in " + r.body());
        }
        return m.group(1);
    }

    static int post(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(INTAKE + path)).header("Authorization", "Bearer " + TOKEN.get())
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static int get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(INTAKE + path)).header("Authorization", "Bearer " + TOKEN.get())
                .GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static int arg(String[] args, int i, int fallback) {
        return args.length > i ? Integer.parseInt(args[i]) : fallback;
    }

    static String env(String name, String fallback) {
        return System.getenv().getOrDefault(name, fallback);
    }

    static java.util.concurrent.ThreadFactory daemon() {
        return r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        };
    }
}
