package org.expandedaccess.intake.requests;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.expandedaccess.platform.problem.Problem;
import org.expandedaccess.platform.problem.ProblemException;
import org.expandedaccess.platform.security.Caller;

import java.util.UUID;

@Path("/api/v1/requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Requests", description = "Expanded access requests")
@SecurityScheme(securitySchemeName = "keycloak", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "Access token from Keycloak realm expanded-access (audience ea-api)")
@SecurityRequirement(name = "keycloak")
@APIResponse(responseCode = "401", description = "No valid token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "503", description = "A dependency (database, identity provider) is down; retry after Retry-After seconds",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class RequestResource {

    static final String EXAMPLE = """
            {
              "programId": "mdma-ptsd",
              "patientInitials": "JD",
              "diagnosisCode": "F43.10",
              "emergency": false
            }""";

    private final RequestService service;
    private final JsonWebToken jwt;
    private final SecurityIdentity identity;

    RequestResource(RequestService service, JsonWebToken jwt, SecurityIdentity identity) {
        this.service = service;
        this.jwt = jwt;
        this.identity = identity;
    }

    @POST
    @RolesAllowed("physician")
    @Operation(summary = "Submit a request",
            description = "Stores the request and publishes RequestSubmitted (CloudEvents) to topic ea.requests. "
                    + "A retry with the same Idempotency-Key returns the first response and creates nothing.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NewRequest.class),
            examples = @ExampleObject(name = "non-emergency PTSD request", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Submitted; Location names the new request",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "200", description = "Same Idempotency-Key as an earlier submission: that request",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "400", description = "Missing or invalid fields, listed in errors",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Caller is not a physician",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(
            @Parameter(description = "Client-chosen key that makes a retried POST safe (e.g. a UUID).")
            @HeaderParam("Idempotency-Key") @Size(max = 200, message = "must be at most 200 characters") String idempotencyKey,
            @Valid @NotNull(message = "a JSON body is required") NewRequest body,
            @Context UriInfo uri) {
        RequestService.Submission submission = service.submit(caller(), body, idempotencyKey);
        RequestView view = RequestView.of(submission.request());
        if (!submission.created()) {
            return Response.ok(view).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(view.requestId().toString()).build())
                .entity(view).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"physician", "triager", "medical-reviewer", "auditor"})
    @Operation(summary = "Read a request", description = "A physician sees only their own requests; "
            + "anyone else's answers 404. Sponsor staff and auditors see all.")
    @APIResponse(responseCode = "200", description = "The request",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RequestView.class)))
    @APIResponse(responseCode = "404", description = "No such request visible to the caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RequestView get(@PathParam("id") UUID id) {
        return service.find(caller(), id).map(RequestView::of)
                .orElseThrow(() -> ProblemException.notFound("Request " + id));
    }

    private Caller caller() {
        return Caller.of(jwt, identity);
    }
}
