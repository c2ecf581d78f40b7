package org.expandedaccess.platform.openapi;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.Arrays;
import java.util.List;

/** Every schema reference in a document, each followed by a NUL, in one string (for "is X still used?"). */
final class Refs {

    private Refs() {
    }

    static String allRefs(OpenAPI openAPI) {
        StringBuilder out = new StringBuilder();
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values()
                    .forEach(op -> operation(op, out)));
        }
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(s -> schema(s, out));
        }
        return out.toString();
    }

    private static void operation(Operation op, StringBuilder out) {
        if (op.getParameters() != null) {
            op.getParameters().forEach(p -> {
                schema(p.getSchema(), out);
                content(p.getContent(), out);
            });
        }
        if (op.getRequestBody() != null) {
            content(op.getRequestBody().getContent(), out);
        }
        if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
            op.getResponses().getAPIResponses().values().forEach(r -> content(r.getContent(), out));
        }
    }

    private static void content(Content content, StringBuilder out) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(m -> schema(m.getSchema(), out));
        }
    }

    private static void schema(Schema schema, StringBuilder out) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null) {
            out.append(schema.getRef()).append('\u0000');
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(p -> schema(p, out));
        }
        schema(schema.getItems(), out);
        schema(schema.getAdditionalPropertiesSchema(), out);
        schema(schema.getNot(), out);
        for (List<Schema> group : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (group != null) {
                group.forEach(s -> schema(s, out));
            }
        }
    }
}
