package org.expandedaccess.platform.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.expandedaccess.platform.json.StrictJson;
import org.expandedaccess.platform.problem.Problem;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Refusals below the application layer answer RFC 9457 problems like every other error, before any
 * resource runs: a URL over {@link #MAX_URL_LENGTH} characters (414), a query string that is not valid
 * percent-encoded UTF-8 or that carries a NUL or an unpaired surrogate (400), a body announced larger
 * than {@code ea.http.max-body-size} (413; a chunked one is counted as it is read, {@link BodyReading}).
 * Vert.x's own refusals on the way (a malformed request) become problems too instead of bare status lines.
 * Lines longer than {@code quarkus.http.limits.max-initial-line-length} never reach Java; Netty answers
 * those with a bare 414.
 */
@ApplicationScoped
public class HttpProblems {

    public static final int MAX_URL_LENGTH = 8192;

    private final long maxBodyBytes;

    HttpProblems(@ConfigProperty(name = "ea.http.max-body-size", defaultValue = "256K") MemorySize maxBody) {
        this.maxBodyBytes = maxBody.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check).failureHandler(this::failed);
        // failures the router meets before any route runs (e.g. a path it cannot decode)
        for (int status : new int[] {400, 413, 414, 431}) {
            router.errorHandler(status, this::failed);
        }
    }

    void check(RoutingContext ctx) {
        String uri = ctx.request().uri();
        if (uri.length() > MAX_URL_LENGTH) {
            respond(ctx, Problem.of("uri-too-long", "URI Too Long", 414,
                    "The URL has " + uri.length() + " characters; at most " + MAX_URL_LENGTH + " are accepted."));
            return;
        }
        String query = ctx.request().query();
        if (query != null) {
            for (String pair : query.split("&")) {
                String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
                String value = pair.contains("=") ? pair.substring(pair.indexOf('=') + 1) : "";
                String problem = decodingProblem(name);
                String field = problem != null ? "query" : safeName(name);
                problem = problem != null ? problem : decodingProblem(value);
                if (problem != null) {
                    respond(ctx, Problem.validation(400, "1 field(s) are missing or invalid",
                            List.of(new Problem.FieldError(field, problem))));
                    return;
                }
            }
        }
        String length = ctx.request().getHeader("Content-Length");
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > maxBodyBytes) {
            ctx.response().putHeader("Connection", "close");
            respond(ctx, tooLarge());
            return;
        }
        ctx.next();
    }

    /** Vert.x failed the request before a resource answered (413 for a chunked body over the limit, 400, ...). */
    void failed(RoutingContext ctx) {
        if (ctx.response().headWritten() || ctx.statusCode() < 400 || ctx.statusCode() >= 500) {
            if (!ctx.response().ended() && !ctx.response().headWritten()) {
                ctx.next();
            }
            return;
        }
        Problem p = switch (ctx.statusCode()) {
            case 413 -> tooLarge();
            case 414 -> Problem.of("uri-too-long", "URI Too Long", 414, "The URL is too long.");
            case 431 -> Problem.of("headers-too-large", "Request Header Fields Too Large", 431, "The headers are too large.");
            default -> Problem.of("bad-request", "Bad Request", ctx.statusCode(), "The request could not be read.");
        };
        if (ctx.statusCode() == 413) {
            ctx.response().putHeader("Connection", "close");
        }
        respond(ctx, p);
    }

    private Problem tooLarge() {
        return BodyReading.tooLarge(maxBodyBytes).problem();
    }

    private static void respond(RoutingContext ctx, Problem p) {
        ctx.response().setStatusCode(p.status()).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(Json.encode(p.withInstance(ctx.normalizedPath())));
    }

    /** Why a percent-encoded query part cannot be read as text we can store, or null when it can. */
    static String decodingProblem(String raw) {
        String decoded;
        try {
            decoded = URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "is not valid percent-encoding (each % must be followed by two hex digits)";
        }
        if (decoded.contains("\uFFFD") && !raw.contains("%EF%BF%BD") && !raw.contains("%ef%bf%bd")
                && !raw.contains("\uFFFD")) {
            return "is not valid UTF-8 once percent-decoded";
        }
        return StrictJson.textProblem(decoded);
    }

    /** A parameter name as it may be shown back: plain names only. */
    private static String safeName(String raw) {
        String decoded = URLDecoder.decode(raw, StandardCharsets.UTF_8);
        return decoded.matches("[A-Za-z0-9_.\\-\\[\\]]{1,64}") ? decoded : "query";
    }
}
