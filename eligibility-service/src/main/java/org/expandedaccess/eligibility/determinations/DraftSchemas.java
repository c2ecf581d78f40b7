package org.expandedaccess.eligibility.determinations;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.Map;

/**
 * Documents what {@link DraftReading} does: each part of a draft that screening reads accepts and ignores other
 * fields ({@code additionalProperties: true}). Said here, at the API, so that the rules' records stay free of
 * OpenAPI annotations. Runs at build time, like the platform's ContractFilter.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class DraftSchemas implements OASFilter {

    static final String DESCRIPTION = "Other fields of a draft are accepted and ignored.";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents() == null ? null : openAPI.getComponents().getSchemas();
        for (Class<?> part : DraftReading.DRAFT_PARTS) {
            Schema schema = schemas == null ? null : schemas.get(part.getSimpleName());
            if (schema == null) {
                throw new IllegalStateException("the API document has no schema " + part.getSimpleName()
                        + " for the draft part " + part.getName());
            }
            schema.setDescription(DESCRIPTION);
            schema.setAdditionalPropertiesBoolean(Boolean.TRUE);
        }
    }
}
