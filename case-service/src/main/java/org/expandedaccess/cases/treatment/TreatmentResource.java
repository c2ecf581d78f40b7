package org.expandedaccess.cases.treatment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.expandedaccess.cases.lifecycle.Examples;
import org.expandedaccess.platform.problem.Problem;
import org.expandedaccess.platform.security.Caller;
import org.expandedaccess.platform.security.CurrentCaller;

import java.util.UUID;

/** The treatment of a case: its plan, sessions and deviations, and recording a session. */
@Path("/api/v1/cases/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Case work")
@RolesAllowed({Caller.PHYSICIAN, Caller.TRIAGER, Caller.MEDICAL_REVIEWER, Caller.AUDITOR})
@APIResponse(responseCode = "404", description = "No such case visible to the caller",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class TreatmentResource {

    private final TreatmentService treatment;
    private final CurrentCaller current;

    TreatmentResource(TreatmentService treatment, CurrentCaller current) {
        this.treatment = treatment;
        this.current = current;
    }

    @GET
    @Path("/treatment")
    @Operation(operationId = "getTreatment", summary = "Treatment plan, sessions, deviations", description = "The plan generated from the program when "
            + "treatment started, the sessions recorded, deviation flags and dosing progress.")
    @APIResponse(responseCode = "200", description = "Treatment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TreatmentView.class),
                    examples = @ExampleObject(name = "after the first dosing session", value = Examples.TREATMENT)))
    public TreatmentView treatment(@PathParam("id") UUID id) {
        return treatment.view(caller(), id);
    }

    @POST
    @Path("/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.PHYSICIAN)
    @Operation(operationId = "recordTreatmentSession", summary = "Record a treatment session", description = "The physician, on their own case while it is "
            + "IN_TREATMENT. Deviations from the program are flagged on the case; they do not block recording.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RecordedSession.class),
            examples = @ExampleObject(name = "first dosing session", value = Examples.DOSING_SESSION)))
    @APIResponse(responseCode = "201", description = "Treatment after recording",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TreatmentView.class),
                    examples = @ExampleObject(name = "after the first dosing session", value = Examples.TREATMENT)))
    @APIResponse(responseCode = "409", description = "The case is not in treatment")
    @APIResponse(responseCode = "422", description = "The session is incomplete or implausible")
    public Response recordSession(@PathParam("id") UUID id, RecordedSession session) {
        return Response.status(201).entity(treatment.record(caller(), id, session)).build();
    }

    private Caller caller() {
        return current.get();
    }
}
