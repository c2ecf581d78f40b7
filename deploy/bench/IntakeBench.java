import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures intake against a running stack (deploy/local/stack up) with a real Keycloak token:
 * throughput and p50/p99 latency of POST /submit (each on a fresh draft created beforehand, not
 * timed), and of a bare authenticated GET of one request, in the same run.
 *
 *   java deploy/bench/IntakeBench.java [submits=400] [gets=2000] [concurrency=8]
 *
 * Only loopback URLs; bounded counts; it stops by itself.
 */
public class IntakeBench {

    static final String INTAKE = System.getenv().getOrDefault("EA_INTAKE_URL", "http://localhost:8081");
    static final String KEYCLOAK = System.getenv().getOrDefault("EA_KEYCLOAK_URL", "http://localhost:8180");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        int submits = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        int gets = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        String body = Files.readString(Path.of("docs/examples/complete-request.json"));
        String token = token();

        System.out.printf("intake benchmark: %d submits, %d GETs, %d concurrent clients, real token from %s%n",
                submits, gets, concurrency, KEYCLOAK);
        List<String> drafts = new ArrayList<>();
        for (int i = 0; i < submits + 50; i++) {
            drafts.add(createDraft(token, body));
        }
        // warm-up: 50 submits and 200 GETs, not counted
        run(drafts.subList(0, 50), concurrency, id -> post(token, "/api/v1/requests/" + id + "/submit"));
        String one = drafts.get(0);
        run(repeat(one, 200), concurrency, id -> get(token, "/api/v1/requests/" + id));

        Result submit = run(drafts.subList(50, drafts.size()), concurrency,
                id -> post(token, "/api/v1/requests/" + id + "/submit"));
        Result read = run(repeat(one, gets), concurrency, id -> get(token, "/api/v1/requests/" + id));
        submit.print("POST /api/v1/requests/{id}/submit");
        read.print("GET  /api/v1/requests/{id}       ");
    }

    interface Call {
        int apply(String id) throws Exception;
    }

    record Result(int n, int errors, double seconds, long[] nanos) {
        void print(String what) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            System.out.printf("%s  n=%d errors=%d  %.0f req/s  p50 %.1f ms  p99 %.1f ms  max %.1f ms%n", what, n, errors,
                    n / seconds, pct(sorted, 0.50), pct(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
        }

        static double pct(long[] sorted, double p) {
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
        }
    }

    static Result run(List<String> ids, int concurrency, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long[] nanos = new long[ids.size()];
        int[] errors = new int[1];
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            int index = i;
            futures.add(pool.submit(() -> {
                long t0 = System.nanoTime();
                int status = call.apply(ids.get(index));
                nanos[index] = System.nanoTime() - t0;
                if (status != 200) {
                    synchronized (errors) {
                        errors[0]++;
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return new Result(ids.size(), errors[0], seconds, nanos);
    }

    static List<String> repeat(String id, int n) {
        List<String> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(id);
        }
        return list;
    }

    static String token() throws Exception {
        String form = "grant_type=password&client_id=ea-portal&username=dr.alice&password=demo";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(
                        KEYCLOAK + "/realms/expanded-access/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return field(r.body(), "access_token");
    }

    static String createDraft(String token, String body) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(INTAKE + "/api/v1/requests"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException("draft not created: " + r.statusCode() + " " + r.body());
        }
        return field(r.body(), "requestId");
    }

    static int post(String token, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(INTAKE + path)).header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static int get(String token, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(INTAKE + path)).header("Authorization", "Bearer " + token)
                .GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }
}
