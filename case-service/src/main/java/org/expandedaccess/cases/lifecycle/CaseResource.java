package org.expandedaccess.cases.lifecycle;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.expandedaccess.platform.problem.Problem;
import org.expandedaccess.platform.problem.ProblemException;
import org.expandedaccess.platform.security.Caller;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases")
@SecurityScheme(securitySchemeName = "keycloak", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
@SecurityRequirement(name = "keycloak")
@RolesAllowed({Caller.PHYSICIAN, Caller.TRIAGER, Caller.MEDICAL_REVIEWER, Caller.AUDITOR})
@APIResponse(responseCode = "401", description = "No valid token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Role not allowed",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class CaseResource {

    private final CaseService service;
    private final JsonWebToken jwt;
    private final SecurityIdentity identity;

    CaseResource(CaseService service, JsonWebToken jwt, SecurityIdentity identity) {
        this.service = service;
        this.jwt = jwt;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "List cases", description = "A physician sees their own cases; triagers, medical reviewers "
            + "and auditors see all. Emergencies first, then the oldest submission.")
    @APIResponse(responseCode = "200", description = "One page of cases",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView[].class)))
    public List<CaseView> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                               @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return service.list(caller(), page, size).stream().map(CaseView::of).toList();
    }

    @GET
    @Path("/summary")
    @RolesAllowed({Caller.TRIAGER, Caller.MEDICAL_REVIEWER, Caller.AUDITOR})
    @Operation(summary = "Queue summary for sponsor staff",
            description = "How many cases are in each status, and how many open emergencies wait. Not for physicians.")
    @APIResponse(responseCode = "200", description = "Counts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QueueSummary.class)))
    public QueueSummary summary() {
        return service.summary();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read one case", description = "Someone else's case answers 404, so existence does not leak.")
    @APIResponse(responseCode = "200", description = "The case",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "404", description = "No such case visible to the caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CaseView get(@PathParam("id") UUID id) {
        return service.find(caller(), id).map(CaseView::of).orElseThrow(() -> ProblemException.notFound("Case " + id));
    }

    private Caller caller() {
        return Caller.of(jwt, identity);
    }
}
