package org.expandedaccess.eligibility.determinations;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.List;
import java.util.Map;

/**
 * Documents what {@link DraftReading} does, at the API, so that the platform's draft records stay free of OpenAPI
 * annotations: the pre-screen body is a whole request draft, each part of it that screening reads accepts and
 * ignores other fields ({@code additionalProperties: true}), the statements count only as given or not, and the
 * flags of the former body shape are listed as deprecated. Runs at build time, like the platform's ContractFilter.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class DraftSchemas implements OASFilter {

    static final String DESCRIPTION = "Other fields of a draft are accepted and ignored.";
    static final String BODY_DESCRIPTION = "A request draft exactly as intake holds it (the body of POST "
            + "/api/v1/requests, e.g. docs/examples/complete-request.json): send it as it is. Screening reads the parts "
            + "listed here, derived as intake derives them for its events (each statement counts as given when it is "
            + "not blank; the text itself is not used); everything else is accepted and ignored. A draft that names no "
            + "program is for mdma-ptsd. Missing values come out UNKNOWN.";
    static final String STATEMENT = "Read only for whether it is given (not blank); the text is neither used nor kept.";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents() == null ? null : openAPI.getComponents().getSchemas();
        for (Class<?> part : DraftReading.DRAFT_PARTS) {
            Schema schema = schemas == null ? null : schemas.get(part.getSimpleName());
            if (schema == null) {
                throw new IllegalStateException("the API document has no schema " + part.getSimpleName()
                        + " for the draft part " + part.getName());
            }
            schema.setDescription(part == DraftReading.DRAFT_PARTS.get(0) ? BODY_DESCRIPTION : DESCRIPTION);
            schema.setAdditionalPropertiesBoolean(Boolean.TRUE);
        }
        for (DraftReading.FormerFlag f : DraftReading.FORMER_FLAGS) {
            Schema part = schemas.get(Character.toUpperCase(f.part().charAt(0)) + f.part().substring(1));
            Schema statement = part == null || part.getProperties() == null ? null : part.getProperties().get(f.statement());
            if (statement == null) {
                throw new IllegalStateException("the API document has no property " + f.statement() + " in " + f.part());
            }
            statement.setDescription(STATEMENT);
            part.addProperty(f.flag(), OASFactory.createSchema()
                    .type(List.of(Schema.SchemaType.BOOLEAN, Schema.SchemaType.NULL))
                    .deprecated(true).description("Former pre-screen body (before issue 16): read only where "
                            + f.statement() + " is absent. Send the draft's " + f.statement() + " instead."));
        }
    }
}
