package org.expandedaccess.eligibility.determinations;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.expandedaccess.platform.problem.Problem;
import org.expandedaccess.platform.problem.ProblemException;
import org.expandedaccess.platform.screening.DraftContent;
import org.expandedaccess.platform.security.Caller;
import org.expandedaccess.platform.security.CurrentCaller;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/eligibility")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Eligibility")
@RolesAllowed({Caller.PHYSICIAN, Caller.TRIAGER, Caller.MEDICAL_REVIEWER, Caller.AUDITOR})
public class EligibilityResource {

    private final DeterminationService service;
    private final DraftReading draft;
    private final CurrentCaller current;

    EligibilityResource(DeterminationService service, DraftReading draft, CurrentCaller current) {
        this.service = service;
        this.draft = draft;
        this.current = current;
    }

    @GET
    @Path("/{requestId}")
    @Operation(operationId = "getDetermination", summary = "Current eligibility of a request", description = "The determination of the latest request "
            + "version with every criterion's status, evidence and source, and the outcome in force (a medical "
            + "reviewer's override wins). A physician sees only their own requests; others answer 404.")
    @APIResponse(responseCode = "200", description = "The current eligibility", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EligibilityView.class),
            examples = @ExampleObject(name = "needs review", value = Examples.ELIGIBILITY)))
    @APIResponse(responseCode = "404", description = "Unknown request, or not visible to the caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EligibilityView get(@PathParam("requestId") UUID requestId) {
        return service.current(caller(), requestId).orElseThrow(() -> notFound(requestId));
    }

    @GET
    @Path("/{requestId}/history")
    @Operation(operationId = "listDeterminationHistory", summary = "Every determination of a request", description = "Oldest first: one per evaluated request "
            + "version, each with the overrides of it. Same visibility as the current eligibility.")
    @APIResponse(responseCode = "200", description = "The determinations", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeterminationView[].class),
                    examples = @ExampleObject(name = "one version, overridden", value = Examples.HISTORY)))
    @APIResponse(responseCode = "404", description = "Unknown request, or not visible to the caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<DeterminationView> history(@PathParam("requestId") UUID requestId) {
        return service.history(caller(), requestId).orElseThrow(() -> notFound(requestId));
    }

    @POST
    @Path("/{requestId}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.MEDICAL_REVIEWER)
    @Operation(operationId = "reviewDetermination", summary = "Override the current determination", description = "Medical reviewers only. The override "
            + "is stored beside the automatic determination, never replacing it, and published as "
            + "org.expandedaccess.eligibility.overridden.v1. A retry with the same Idempotency-Key creates nothing new.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReviewRequest.class),
            examples = @ExampleObject(name = "override to eligible", value = Examples.REVIEW)))
    @APIResponse(responseCode = "200", description = "The eligibility with the override in force",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EligibilityView.class),
                    examples = @ExampleObject(name = "overridden to eligible", value = Examples.REVIEWED)))
    @APIResponse(responseCode = "400", description = "Outcome or justification missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Withdrawn, or no determination yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Outcome NEEDS_REVIEW, or the justification is not a sentence",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EligibilityView review(@PathParam("requestId") UUID requestId, @Valid @NotNull ReviewRequest body,
                                  @Parameter(description = "Makes a retry safe: the same key creates nothing new")
                                  @HeaderParam("Idempotency-Key") String idempotencyKey) {
        return service.review(caller(), requestId, body, idempotencyKey);
    }

    @POST
    @Path("/prescreen")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.PHYSICIAN)
    @Operation(operationId = "prescreenDraft", summary = "Pre-screen before submitting", description = "Physicians only. Send "
            + "a request draft exactly as intake holds it (the body of POST /api/v1/requests); screening reads its clinical "
            + "content as intake derives it for the request events, so the answer is the determination the same content "
            + "gets once submitted. Nothing is stored or logged. Values left out come out UNKNOWN, which shows at once "
            + "what is missing.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DraftContent.class),
            examples = @ExampleObject(name = "complete draft", value = Examples.PRESCREEN)))
    @APIResponse(responseCode = "200", description = "What screening would decide", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PrescreenResult.class),
            examples = @ExampleObject(name = "eligible (one criterion shown)", value = Examples.PRESCREEN_RESULT)))
    @APIResponse(responseCode = "400", description = "The body is not valid JSON, or a value screening reads has the wrong type",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown program (programId, or mdma-ptsd when the draft names none)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PrescreenResult prescreen(@NotNull ObjectNode body) throws JsonProcessingException {
        return service.prescreen(draft.read(body));
    }

    private Caller caller() {
        return current.get();
    }

    private static ProblemException notFound(UUID requestId) {
        return ProblemException.notFound("Eligibility of request " + requestId);
    }
}
