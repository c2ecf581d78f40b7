package org.expandedaccess.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks an exchange with a service's API against the document that service serves at {@code /q/openapi}
 * (loaded once per host and port). An accepted request (2xx or 3xx) must match its operation, and so must
 * its answer; a refused one (4xx, 5xx) is often the very thing a test sends on purpose, so only the answer is
 * checked: it must be one the operation documents, with the documented body.
 */
public final class ContractFilter implements Filter {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final Map<String, OpenApiInteractionValidator> validators = new ConcurrentHashMap<>();

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
                           FilterContext ctx) {
        Response response = ctx.next(request, responseSpec);
        URI uri = URI.create(request.getURI());
        if (!uri.getPath().startsWith("/api/") || String.valueOf(response.contentType()).startsWith("text/event-stream")) {
            return response;
        }
        OpenApiInteractionValidator validator = validators.computeIfAbsent(uri.getScheme() + "://" + uri.getAuthority(),
                ContractFilter::load);
        ValidationReport report;
        com.atlassian.oai.validator.model.Response answer = RestAssuredResponse.of(response);
        if (response.statusCode() < 400) {
            report = validator.validate(RestAssuredRequest.of(request), answer);
        } else {
            Request.Method method = Request.Method.valueOf(request.getMethod().toUpperCase());
            // the raw path: decoded, a %00 or %2F in a path parameter would change which operation it is matched to
            report = validator.validateResponse(uri.getRawPath(), method, answer);
        }
        if (response.statusCode() == 404 || response.statusCode() == 405) {
            // a URL the document does not have, answered "no such thing": nothing to check it against
            report = ValidationReport.from(report.getMessages().stream()
                    .filter(m -> !m.getKey().equals("validation.request.path.missing")).toList());
        }
        if (report.hasErrors()) {
            throw new AssertionError("The exchange breaks the service's OpenAPI contract: " + request.getMethod() + " "
                    + uri.getPath() + " -> " + response.statusCode() + "\n"
                    + SimpleValidationReportFormat.getInstance().apply(report)
                    + "\nanswer body: " + abbreviate(response.asString()));
        }
        return response;
    }

    private static OpenApiInteractionValidator load(String origin) {
        HttpRequest get = HttpRequest.newBuilder(URI.create(origin + "/q/openapi?format=json")).build();
        try {
            HttpResponse<String> doc = HTTP.send(get, HttpResponse.BodyHandlers.ofString());
            if (doc.statusCode() != 200) {
                throw new IllegalStateException(origin + "/q/openapi answered " + doc.statusCode());
            }
            System.out.println("ea-testing: checking every exchange with " + origin + "/api/ against " + origin + "/q/openapi");
            return OpenApiInteractionValidator.createForInlineApiSpecification(doc.body()).build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenAPI document of " + origin, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 2000 ? s.substring(0, 2000) + "..." : s;
    }
}
