package org.expandedaccess.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.atlassian.oai.validator.util.OpenApiLoader;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.parser.core.models.ParseOptions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The contract's promise that every request and response body has an example that is valid against its
 * schema (docs/api/README.md), checked on the document a service serves.
 * <p>
 * Checked: every request body and every 2xx response body with a JSON media type ({@code application/json}
 * or {@code application/*+json}). Each must carry an {@code example} or at least one {@code examples} entry,
 * and each example must validate against the media type's schema with Atlassian's swagger-request-validator,
 * read exactly as the contract check of every REST Assured exchange reads it ({@link ContractFilter}): OpenAPI
 * 3.0 {@code nullable}, formats, enums, the required lists, and {@code additionalProperties: false} wherever a
 * schema does not say otherwise, so that a misspelt or undocumented property fails as it does in a real exchange.
 * <p>
 * Give it the document as YAML where the reviewed copy is YAML: the parser (swagger-parser, as integrators use it)
 * reads YAML 1.1, where an unquoted {@code 10:30} is a number, so an example that is fine as JSON can be wrong there.
 * <p>
 * Exempt: other media types, whose bodies a JSON Schema cannot describe: binary documents such as
 * {@code application/pdf}, and streams such as {@code text/event-stream}, of which at most one event can be
 * shown (as text, which is not checked). Error answers are not this check's business: the platform's
 * ContractFilter gives each one a problem example of its status.
 */
public final class ApiExamples {

    private ApiExamples() {
    }

    /** Fails listing every body without an example and every example its schema refuses. */
    public static void assertEveryBodyHasValidExample(String servedJsonOrYaml) {
        List<String> offenders = offenders(servedJsonOrYaml);
        if (!offenders.isEmpty()) {
            throw new AssertionError(offenders.size() + " request or 2xx response bodies have no example, or one their "
                    + "schema refuses (docs/api/README.md: every body has a valid example):\n  "
                    + String.join("\n  ", offenders));
        }
    }

    /** One line per offence, naming the operation, the body and what is wrong; empty when every body is fine. */
    public static List<String> offenders(String servedJsonOrYaml) {
        OpenAPI api = load(servedJsonOrYaml);
        SchemaValidator validator = new SchemaValidator(api, new MessageResolver());
        List<String> offenders = new ArrayList<>();
        if (api.getPaths() == null) {
            return offenders;
        }
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
            String where = method + " " + path + (op.getOperationId() == null ? "" : " (" + op.getOperationId() + ")");
            if (op.getRequestBody() != null) {
                check(validator, where + " request body", op.getRequestBody().getContent(), "request.body", offenders);
            }
            if (op.getResponses() != null) {
                op.getResponses().forEach((status, response) -> {
                    if (status.startsWith("2")) {
                        check(validator, where + " " + status + " response", response.getContent(), "response.body", offenders);
                    }
                });
            }
        }));
        return offenders;
    }

    /** True for the media types this check holds to it: JSON and its structured-syntax suffix. */
    static boolean isJson(String mediaType) {
        String type = mediaType.toLowerCase().split(";")[0].trim();
        return type.equals("application/json") || (type.startsWith("application/") && type.endsWith("+json"));
    }

    private static void check(SchemaValidator validator, String body, Content content, String key, List<String> offenders) {
        if (content == null) {
            return;
        }
        content.forEach((type, media) -> {
            if (!isJson(type)) {
                return;
            }
            String where = body + " " + type;
            Map<String, Object> examples = examples(media);
            if (examples.isEmpty()) {
                offenders.add(where + ": no example");
                return;
            }
            if (media.getSchema() == null) {
                offenders.add(where + ": no schema to hold the example to");
                return;
            }
            examples.forEach((name, value) -> {
                if (value == null) {
                    offenders.add(where + " example '" + name + "': no inline value (externalValue is not checked; inline it)");
                    return;
                }
                JsonNode json = Json.mapper().valueToTree(value);
                ValidationReport report = validator.validate(() -> json, media.getSchema(), key);
                report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                        .forEach(m -> offenders.add(where + " example '" + name + "': " + m.getMessage()));
            });
        });
    }

    /** The media type's examples by name ("example" for the single {@code example}); a value is null when not inline. */
    private static Map<String, Object> examples(MediaType media) {
        Map<String, Object> all = new LinkedHashMap<>();
        if (media.getExample() != null) {
            all.put("example", media.getExample());
        }
        if (media.getExamples() != null) {
            for (Map.Entry<String, Example> e : media.getExamples().entrySet()) {
                all.put(e.getKey(), e.getValue() == null ? null : e.getValue().getValue());
            }
        }
        return all;
    }

    /** Parsed as the exchange check parses it: references resolved, combinators kept. */
    private static OpenAPI load(String document) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        options.setResolveCombinators(false);
        return new OpenApiLoader().loadApi(OpenApiInteractionValidator.SpecSource.inline(document), List.of(), options);
    }
}
