package org.expandedaccess.eligibility.screening;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

import java.util.UUID;

@Path("/api/v1/eligibility")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Eligibility")
@SecurityScheme(securitySchemeName = "keycloak", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
@SecurityRequirement(name = "keycloak")
@RolesAllowed({Caller.PHYSICIAN, Caller.TRIAGER, Caller.MEDICAL_REVIEWER, Caller.AUDITOR})
public class ScreeningResource {

    private final ScreeningService service;
    private final JsonWebToken jwt;
    private final SecurityIdentity identity;

    ScreeningResource(ScreeningService service, JsonWebToken jwt, SecurityIdentity identity) {
        this.service = service;
        this.jwt = jwt;
        this.identity = identity;
    }

    @GET
    @Path("/{requestId}")
    @Operation(summary = "Screening status of a request", description = "A physician sees only their own requests.")
    @APIResponse(responseCode = "200", description = "The screening",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScreeningView.class)))
    @APIResponse(responseCode = "404", description = "Unknown request, or not visible to the caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ScreeningView get(@PathParam("requestId") UUID requestId) {
        return service.find(Caller.of(jwt, identity), requestId).map(ScreeningView::of)
                .orElseThrow(() -> ProblemException.notFound("Screening of request " + requestId));
    }
}
