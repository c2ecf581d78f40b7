package org.expandedaccess.notifications.support;

import com.sun.net.httpserver.HttpServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;

/**
 * A real HTTP endpoint on 127.0.0.1 that records what it receives and answers a programmable status
 * (by the number of the request: 1, 2, ...). It verifies Standard Webhooks signatures with its own
 * HMAC code, independent of the service's.
 */
public final class Receiver implements AutoCloseable {

    public record Received(Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger count = new AtomicInteger();
    private volatile IntUnaryOperator statusByRequestNumber = n -> 204;

    public Receiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Map<String, String> headers = new java.util.HashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), v.get(0)));
            received.add(new Received(headers, new String(body, StandardCharsets.UTF_8)));
            int status = statusByRequestNumber.applyAsInt(count.incrementAndGet());
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** Answers by request number (1-based), e.g. {@code n -> n <= 2 ? 500 : 200}. */
    public Receiver answering(IntUnaryOperator status) {
        this.statusByRequestNumber = status;
        return this;
    }

    public List<Received> received() {
        return new ArrayList<>(received);
    }

    public List<Received> receivedFor(String requestId) {
        return received().stream().filter(r -> r.body().contains(requestId)).toList();
    }

    /** Standard Webhooks verification, written independently of the service: HMAC-SHA256 over id.timestamp.body. */
    public static boolean signatureValid(Received r, String secret) {
        try {
            byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            String signed = r.header("webhook-id") + "." + r.header("webhook-timestamp") + "." + r.body();
            byte[] expected = mac.doFinal(signed.getBytes(StandardCharsets.UTF_8));
            for (String candidate : r.header("webhook-signature").split(" ")) {
                String[] parts = candidate.split(",", 2);
                if (parts.length == 2 && parts[0].equals("v1")
                        && MessageDigest.isEqual(expected, Base64.getDecoder().decode(parts[1]))) {
                    return true;
                }
            }
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
