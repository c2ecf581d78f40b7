package org.expandedaccess.platform.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one null policy of the API documents (docs/api/README.md). The services write every property of what
 * they send (Jackson's default), {@code null} where there is no value; so:
 * <ul>
 *   <li>a schema only ever sent by the server lists every property as required, and each property not marked
 *       required in the code ({@code @Schema(required = true)} or {@code @NotNull}) as nullable;</li>
 *   <li>a schema a client sends (reachable from a request body) keeps the required list its validation
 *       enforces; its other properties may be left out or sent as null, and are declared nullable.</li>
 * </ul>
 * Problem details are the exception: they leave out what they do not have (RFC 9457), so they keep their own
 * required list and no property is nullable.
 */
final class Nullability {

    private static final Set<String> OMITTING = Set.of("Problem", "FieldError");
    private static final String PREFIX = "#/components/schemas/";

    private Nullability() {
    }

    static void apply(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Set<String> fromClients = reachable(schemas, requestSchemas(openAPI));
        schemas.forEach((name, schema) -> {
            if (OMITTING.contains(name) || schema.getProperties() == null || schema.getProperties().isEmpty()) {
                return;
            }
            Set<String> required = new LinkedHashSet<>(schema.getRequired() == null ? List.of() : schema.getRequired());
            Map<String, Schema> properties = new java.util.LinkedHashMap<>(schema.getProperties());
            properties.replaceAll((property, value) -> required.contains(property) ? value : nullable(value, schemas, fromClients));
            schema.setProperties(properties);
            if (!fromClients.contains(name)) {
                schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
            }
        });
    }

    /** The property's schema, allowing null as well. */
    private static Schema nullable(Schema property, Map<String, Schema> schemas, Set<String> fromClients) {
        Schema target = property.getRef() == null ? null : schemas.get(property.getRef().substring(PREFIX.length()));
        if (target != null && simple(target)) {
            // a string, number or enum: a nullable copy in place (OpenAPI 3.0 cannot make a reference nullable)
            Schema copy = OASFactory.createSchema().type(target.getType()).format(target.getFormat())
                    .enumeration(target.getEnumeration() == null ? null : new ArrayList<>(target.getEnumeration()))
                    .pattern(target.getPattern()).description(property.getDescription() != null ? property.getDescription()
                            : target.getDescription());
            if (target.getExamples() != null) {
                copy.setExamples(new ArrayList<>(target.getExamples()));
            }
            return nullable(copy, schemas, fromClients);
        }
        if (target != null) {
            // an object: OpenAPI 3.0 cannot make one reference nullable, and validators ignore "nullable" beside
            // an allOf; so the object itself is declared nullable. Where it is a whole request body, the body's
            // "required" says a body must be sent (a JSON null is refused with 400 like any unreadable body).
            List<Schema.SchemaType> types = target.getType() == null ? new ArrayList<>(List.of(Schema.SchemaType.OBJECT))
                    : new ArrayList<>(target.getType());
            if (!types.contains(Schema.SchemaType.NULL)) {
                types.add(Schema.SchemaType.NULL);
                target.setType(types);
            }
            return property;
        }
        List<Schema.SchemaType> types = property.getType();
        if (types != null && !types.isEmpty() && !types.contains(Schema.SchemaType.NULL)) {
            List<Schema.SchemaType> withNull = new ArrayList<>(types);
            withNull.add(Schema.SchemaType.NULL);
            property.setType(withNull);
            if (property.getEnumeration() != null && !property.getEnumeration().contains(null)) {
                List<Object> values = new ArrayList<>(property.getEnumeration());
                values.add(null);
                property.setEnumeration(values);
            }
        } else if (types == null && property.getAllOf() != null && property.getAllOf().size() == 1) {
            return nullable(property.getAllOf().get(0), schemas, fromClients);
        }
        return property;
    }

    private static boolean simple(Schema s) {
        return s.getType() != null && !s.getType().contains(Schema.SchemaType.OBJECT)
                && !s.getType().contains(Schema.SchemaType.ARRAY) && s.getProperties() == null;
    }

    /** Schemas named by request bodies. */
    private static Set<String> requestSchemas(OpenAPI openAPI) {
        Set<String> roots = new HashSet<>();
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return roots;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            Content content = body(op);
            if (content != null && content.getMediaTypes() != null) {
                content.getMediaTypes().values().forEach(m -> collectRefs(m.getSchema(), roots));
            }
        }));
        return roots;
    }

    private static Content body(Operation op) {
        return op.getRequestBody() == null ? null : op.getRequestBody().getContent();
    }

    private static Set<String> reachable(Map<String, Schema> schemas, Set<String> roots) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (seen.add(name) && schemas.containsKey(name)) {
                Set<String> next = new HashSet<>();
                collectRefs(schemas.get(name), next);
                todo.addAll(next);
            }
        }
        return seen;
    }

    private static void collectRefs(Schema schema, Set<String> into) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null && schema.getRef().startsWith(PREFIX)) {
            into.add(schema.getRef().substring(PREFIX.length()));
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(p -> collectRefs(p, into));
        }
        collectRefs(schema.getItems(), into);
        for (List<Schema> group : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (group != null) {
                group.forEach(s -> collectRefs(s, into));
            }
        }
        if (schema.getAdditionalPropertiesSchema() != null) {
            collectRefs(schema.getAdditionalPropertiesSchema(), into);
        }
    }
}
