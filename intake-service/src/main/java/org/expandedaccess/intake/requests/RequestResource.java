package org.expandedaccess.intake.requests;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.expandedaccess.intake.rules.RequestContent;
import org.expandedaccess.platform.paging.Paging;
import org.expandedaccess.platform.problem.Problem;
import org.expandedaccess.platform.problem.ProblemException;
import org.expandedaccess.platform.security.Caller;
import org.expandedaccess.platform.security.CurrentCaller;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Requests", description = "Expanded access requests: drafts, submission, amendments, withdrawal")
public class RequestResource {

    private static final String WRITERS_NOTE = " Physicians act on their own requests; an integrator acts on behalf of the "
            + "physician named in physician.username and only on what it created.";

    private final RequestService service;
    private final CurrentCaller current;

    RequestResource(RequestService service, CurrentCaller current) {
        this.service = service;
        this.current = current;
    }

    @POST
    @RolesAllowed({Caller.PHYSICIAN, Caller.INTEGRATOR})
    @Operation(operationId = "createRequest", summary = "Create a draft request",
            description = "The draft may be incomplete (see /completeness) but nothing in it may be malformed." + WRITERS_NOTE)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RequestContent.class),
            examples = {
                    @ExampleObject(name = "complete non-emergency request", value = Examples.COMPLETE),
                    @ExampleObject(name = "complete emergency request (FDA phone authorisation given)", value = Examples.EMERGENCY),
                    @ExampleObject(name = "incomplete draft", value = Examples.DRAFT),
                    @ExampleObject(name = "refused: malformed fields (answers 400)", value = Examples.REFUSED)}))
    @APIResponse(responseCode = "201", description = "Draft created; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RequestView.class),
                    examples = @ExampleObject(name = "draft created from the complete example", value = Examples.DRAFT_CREATED)))
    @APIResponse(responseCode = "400", description = "Malformed fields, each named by its JSON path; nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "refused", value = Examples.REFUSED_RESPONSE)))
    @APIResponse(responseCode = "413", description = "Body larger than 256 KiB",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with a different body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(
            @Parameter(description = "Makes a retry safe: the same key and body return the first response.")
            @HeaderParam("Idempotency-Key") @Size(min = 1, max = 200, message = "must be 1 to 200 characters") String idempotencyKey,
            @NotNull(message = "a JSON body is required") RequestContent content,
            @Context UriInfo uri) {
        RequestService.Outcome outcome = service.create(caller(), content, idempotencyKey);
        return Response.status(outcome.status())
                .location(uri.getAbsolutePathBuilder().path(outcome.view().requestId().toString()).build())
                .entity(outcome.view()).build();
    }

    @GET
    @RolesAllowed({Caller.PHYSICIAN, Caller.INTEGRATOR, Caller.TRIAGER, Caller.MEDICAL_REVIEWER, Caller.AUDITOR})
    @Operation(operationId = "listRequests", summary = "List requests", description = "Newest first. A physician sees their own, an integrator what "
            + "it created; triagers, medical reviewers and auditors see all.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RequestView[].class),
                    examples = @ExampleObject(name = "one submitted request", value = Examples.SUBMITTED_LIST)))
    public List<RequestView> list(@Parameter(description = "DRAFT, SUBMITTED or WITHDRAWN") @QueryParam("status") String status,
                                  @QueryParam("emergency") Boolean emergency,
                                  @Valid @BeanParam Paging paging) {
        return service.list(caller(), parseStatus(status), emergency, paging.page, paging.size);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Caller.PHYSICIAN, Caller.INTEGRATOR, Caller.TRIAGER, Caller.MEDICAL_REVIEWER, Caller.AUDITOR})
    @Operation(operationId = "getRequest", summary = "Read a request", description = "Anyone else's request answers 404, so existence does not leak.")
    @APIResponse(responseCode = "200", description = "The request",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RequestView.class),
                    examples = @ExampleObject(name = "submitted", value = Examples.SUBMITTED)))
    @APIResponse(responseCode = "404", description = "No such request visible to the caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RequestView get(@PathParam("id") UUID id) {
        return service.find(caller(), id).orElseThrow(() -> ProblemException.notFound("Request " + id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Caller.PHYSICIAN, Caller.INTEGRATOR})
    @Operation(operationId = "replaceRequest", summary = "Replace a draft", description = "Only while the request is a draft." + WRITERS_NOTE)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RequestContent.class),
            examples = @ExampleObject(name = "complete non-emergency request", value = Examples.COMPLETE)))
    @APIResponse(responseCode = "200", description = "The updated draft",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RequestView.class),
                    examples = @ExampleObject(name = "the draft, now complete", value = Examples.DRAFT_STORED)))
    @APIResponse(responseCode = "400", description = "Malformed fields; nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such request visible to the caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not a draft any more",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RequestView replace(@PathParam("id") UUID id, @NotNull(message = "a JSON body is required") RequestContent content) {
        return service.replace(caller(), id, content);
    }

    @GET
    @Path("/{id}/completeness")
    @RolesAllowed({Caller.PHYSICIAN, Caller.INTEGRATOR, Caller.TRIAGER, Caller.MEDICAL_REVIEWER, Caller.AUDITOR})
    @Operation(operationId = "getRequestCompleteness", summary = "What blocks submission", description = "Every missing field, by JSON path, with a message a physician understands.")
    @APIResponse(responseCode = "200", description = "Completeness",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Completion.class),
                    examples = {
                    @ExampleObject(name = "complete", value = Examples.COMPLETENESS_COMPLETE),
                    @ExampleObject(name = "incomplete draft (first entries)", value = Examples.COMPLETENESS_DRAFT)}))
    public Completion completeness(@PathParam("id") UUID id) {
        return service.completeness(caller(), id);
    }

    @POST
    @Path("/{id}/submit")
    @Consumes(MediaType.WILDCARD) // no body: whatever Content-Type a client sends (or none) is fine
    @RolesAllowed({Caller.PHYSICIAN, Caller.INTEGRATOR})
    @Operation(operationId = "submitRequest", summary = "Submit a draft", description = "Freezes version 1 and publishes RequestSubmitted to ea.requests."
            + WRITERS_NOTE)
    @APIResponse(responseCode = "200", description = "Submitted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RequestView.class),
                    examples = @ExampleObject(name = "submitted", value = Examples.SUBMITTED)))
    @APIResponse(responseCode = "404", description = "No such request visible to the caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already submitted or withdrawn",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Incomplete: every missing field listed in errors",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(@PathParam("id") UUID id,
                           @Parameter(description = "Makes a retry safe.")
                           @HeaderParam("Idempotency-Key") @Size(min = 1, max = 200, message = "must be 1 to 200 characters")
                           String idempotencyKey) {
        RequestService.Outcome outcome = service.submit(caller(), id, idempotencyKey);
        return Response.status(outcome.status()).entity(outcome.view()).build();
    }

    @POST
    @Path("/{id}/amendments")
    @RolesAllowed({Caller.PHYSICIAN, Caller.INTEGRATOR})
    @Operation(operationId = "amendRequest", summary = "Amend a submitted request", description = "Creates the next version with the full new "
            + "content and publishes RequestAmended." + WRITERS_NOTE)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ChangeBodies.Amendment.class),
            examples = @ExampleObject(name = "CAPS-5 reassessed", value = Examples.AMENDMENT)))
    @APIResponse(responseCode = "200", description = "The new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RequestView.class),
                    examples = @ExampleObject(name = "version 2", value = Examples.AMENDED)))
    @APIResponse(responseCode = "409", description = "Not submitted (a draft, or withdrawn)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The new content is incomplete",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RequestView amend(@PathParam("id") UUID id,
                             @Valid @NotNull(message = "a JSON body is required") ChangeBodies.Amendment amendment) {
        return service.amend(caller(), id, amendment);
    }

    @POST
    @Path("/{id}/withdraw")
    @RolesAllowed({Caller.PHYSICIAN, Caller.INTEGRATOR})
    @Operation(operationId = "withdrawRequest", summary = "Withdraw a request", description = "A submitted request publishes RequestWithdrawn. "
            + "Nothing is deleted." + WRITERS_NOTE)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ChangeBodies.Withdrawal.class),
            examples = @ExampleObject(name = "patient moved", value = Examples.WITHDRAWAL)))
    @APIResponse(responseCode = "200", description = "Withdrawn",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RequestView.class),
                    examples = @ExampleObject(name = "withdrawn", value = Examples.WITHDRAWN)))
    @APIResponse(responseCode = "409", description = "Already withdrawn",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RequestView withdraw(@PathParam("id") UUID id,
                                @Valid @NotNull(message = "a JSON body is required") ChangeBodies.Withdrawal withdrawal) {
        return service.withdraw(caller(), id, withdrawal);
    }

    @GET
    @Path("/{id}/versions")
    @RolesAllowed({Caller.PHYSICIAN, Caller.INTEGRATOR, Caller.TRIAGER, Caller.MEDICAL_REVIEWER, Caller.AUDITOR})
    @Operation(operationId = "listRequestVersions", summary = "Every submitted version", description = "Version 1 is the submission; each amendment adds one.")
    @APIResponse(responseCode = "200", description = "Versions, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionView[].class),
                    examples = @ExampleObject(name = "submitted, then amended", value = Examples.VERSIONS)))
    public List<VersionView> versions(@PathParam("id") UUID id) {
        return service.versions(caller(), id);
    }

    private static Request.Status parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return Request.Status.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Problem.validation(400, "1 field(s) are invalid", List.of(new Problem.FieldError("status",
                    "must be one of " + java.util.Arrays.toString(Request.Status.values())))));
        }
    }

    private Caller caller() {
        return current.get();
    }
}
