package org.expandedaccess.platform.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.expandedaccess.platform.problem.Problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What every operation of every service's API document shares, said once (docs/api/README.md):
 * <ul>
 *   <li>each {@code /api} operation has an operationId (the build fails without one: generated clients
 *       name their methods after it) and needs a bearer token of the realm (scheme {@value #SCHEME});</li>
 *   <li>the error answers every operation can give are documented as problem+json, each with an example
 *       of that very status: 401, 403 and 503 always, 400 where there is input, 404 where the path names a
 *       record, 413 and 415 where there is a body;</li>
 *   <li>success answers come first, so a generated client's Accept header asks for the success media type;</li>
 *   <li>component schemas follow one null policy: the server writes every property of what it sends, as
 *       {@code null} where there is no value, so each property it may leave empty is declared nullable
 *       ({@link Nullability}).</li>
 * </ul>
 * Runs at build time; the stored document ({@code quarkus.smallrye-openapi.store-schema-directory}) is the
 * one served, and a test compares it with the reviewed copy under docs/api/.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ContractFilter implements OASFilter {

    public static final String SCHEME = "keycloak";
    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        List<String> missingIds = new ArrayList<>();
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().forEach((path, item) -> {
                if (!path.startsWith("/api/")) {
                    return;
                }
                item.getOperations().forEach((method, op) -> {
                    if (op.getOperationId() == null || op.getOperationId().isBlank()) {
                        missingIds.add(method + " " + path);
                    }
                    complete(path, method, op);
                });
            });
        }
        if (!missingIds.isEmpty()) {
            throw new IllegalStateException("OpenAPI operations without an operationId (set @Operation(operationId = ...)): "
                    + missingIds);
        }
        ensureProblemSchema(openAPI);
        Nullability.apply(openAPI);
        pruneUnusedSchemas(openAPI);
        if (openAPI.getServers() == null || openAPI.getServers().isEmpty()) {
            // relative to where the document is served: the service itself, wherever it runs
            openAPI.setServers(new ArrayList<>(List.of(OASFactory.createServer().url("/")
                    .description("This service (the host and port the document was read from)"))));
        }
    }

    /** Component schemas nothing refers to any more (e.g. a date or an enum now written in place). */
    private static void pruneUnusedSchemas(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        boolean removed = true;
        while (removed) {
            String text = Refs.allRefs(openAPI);
            removed = false;
            for (String name : new ArrayList<>(schemas.keySet())) {
                if (!text.contains("#/components/schemas/" + name + "\u0000")) {
                    openAPI.getComponents().removeSchema(name);
                    removed = true;
                }
            }
            schemas = openAPI.getComponents().getSchemas();
        }
    }

    private static void complete(String path, PathItem.HttpMethod method, Operation op) {
        if (op.getSecurity() == null || op.getSecurity().isEmpty()) {
            SecurityRequirement requirement = OASFactory.createSecurityRequirement().addScheme(SCHEME);
            op.setSecurity(new ArrayList<>(List.of(requirement)));
        }
        APIResponses responses = op.getResponses() == null ? OASFactory.createAPIResponses() : op.getResponses();
        boolean hasBody = op.getRequestBody() != null;
        boolean hasInput = hasBody || (op.getParameters() != null && !op.getParameters().isEmpty());
        Map<String, String> standard = new LinkedHashMap<>();
        if (hasInput) {
            standard.put("400", "The request is malformed (a parameter or field is named in the problem); nothing was changed");
        }
        standard.put("401", "No valid bearer token");
        standard.put("403", "The caller's role may not do this");
        if (path.contains("{")) {
            standard.put("404", "No such record visible to the caller");
        }
        if (hasBody) {
            standard.put("413", "The body is larger than the service accepts (256 KiB)");
            standard.put("415", "The body is not sent as application/json");
        }
        standard.put("503", "A dependency (database, identity provider) is down; nothing was changed; retry after Retry-After seconds");
        standard.forEach((code, description) -> {
            if (!responses.hasAPIResponse(code)) {
                responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
            }
        });
        Map<String, APIResponse> sorted = new TreeMap<>(Comparator.comparing(ContractFilter::rank));
        sorted.putAll(responses.getAPIResponses());
        sorted.forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                problemContent(code, response, path, method);
            } else {
                jsonFirst(response);
            }
        });
        APIResponses ordered = OASFactory.createAPIResponses();
        sorted.forEach(ordered::addAPIResponse);
        op.setResponses(ordered);
    }

    /** Where a success answer comes in several media types, JSON is the one a generated client asks for first. */
    private static void jsonFirst(APIResponse response) {
        Content content = response.getContent();
        if (content == null || content.getMediaTypes() == null || content.getMediaTypes().size() < 2
                || !content.hasMediaType("application/json")) {
            return;
        }
        Content ordered = OASFactory.createContent().addMediaType("application/json", content.getMediaType("application/json"));
        content.getMediaTypes().forEach((type, media) -> {
            if (!type.equals("application/json")) {
                ordered.addMediaType(type, media);
            }
        });
        response.setContent(ordered);
    }

    /** 2xx first, then 3xx, then errors; by code within each. */
    private static String rank(String code) {
        return (code.startsWith("2") ? "0" : code.startsWith("3") ? "1" : "2") + code;
    }

    /** An error answer is problem+json with an example of that status (an operation's own example is kept). */
    private static void problemContent(String code, APIResponse response, String path, PathItem.HttpMethod method) {
        Content content = response.getContent();
        MediaType media = content == null ? null : content.getMediaType(Problem.MEDIA_TYPE);
        if (media == null) {
            media = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF));
            content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media);
            response.setContent(content);
        }
        // only problem+json: a client that asks for it on an error must not be offered anything else
        if (content.getMediaTypes().size() > 1) {
            MediaType only = media;
            content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, only);
            response.setContent(content);
        }
        if ((media.getExamples() == null || media.getExamples().isEmpty()) && media.getExample() == null) {
            Example example = OASFactory.createExample().value(ProblemExamples.of(Integer.parseInt(code), path));
            media.addExample(ProblemExamples.name(Integer.parseInt(code)), example);
        }
    }

    private static void ensureProblemSchema(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        if (schemas != null && schemas.containsKey("Problem")) {
            // RFC 9457 section 3.2: a problem may carry further members (e.g. the states a case may move to)
            schemas.get("Problem").setAdditionalPropertiesBoolean(Boolean.TRUE);
            return;
        }
        Schema fieldError = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("One invalid or missing field")
                .addProperty("field", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).examples(List.of("patient.initials")))
                .addProperty("message", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).examples(List.of("must be 2 or 3 capital letters")))
                .required(List.of("field", "message"));
        Schema problem = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem detail (application/problem+json)")
                .addProperty("type", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                .addProperty("title", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).format("int32"))
                .addProperty("detail", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                .addProperty("instance", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldError")))
                .required(List.of("type", "title", "status"))
                .additionalPropertiesBoolean(Boolean.TRUE);
        openAPI.getComponents().addSchema("FieldError", fieldError);
        openAPI.getComponents().addSchema("Problem", problem);
    }
}
