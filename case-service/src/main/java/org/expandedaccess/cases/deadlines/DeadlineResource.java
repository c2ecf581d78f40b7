package org.expandedaccess.cases.deadlines;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
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

import java.util.List;
import java.util.UUID;

/** The deadlines of a case, and marking one met. */
@Path("/api/v1/cases/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Case work")
@RolesAllowed({Caller.PHYSICIAN, Caller.TRIAGER, Caller.MEDICAL_REVIEWER, Caller.AUDITOR})
@APIResponse(responseCode = "404", description = "No such case visible to the caller",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class DeadlineResource {

    private final DeadlineQueries deadlines;
    private final CurrentCaller current;

    DeadlineResource(DeadlineQueries deadlines, CurrentCaller current) {
        this.deadlines = deadlines;
        this.current = current;
    }

    @GET
    @Path("/deadlines")
    @Operation(operationId = "listCaseDeadlines", summary = "Deadlines of the case", description = "Each with due date, rule, source, who must act, and "
            + "status (OPEN, MET with when, OVERDUE, CANCELLED), nearest first.")
    @APIResponse(responseCode = "200", description = "Deadlines",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeadlineView[].class),
                    examples = @ExampleObject(name = "during treatment", value = Examples.DEADLINES)))
    public List<DeadlineView> deadlines(@PathParam("id") UUID id) {
        return deadlines.of(caller(), id);
    }

    @POST
    @Path("/deadlines/{deadlineId}/met")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.PHYSICIAN, Caller.TRIAGER, Caller.MEDICAL_REVIEWER})
    @Operation(operationId = "markDeadlineMet", summary = "Mark a deadline met", description = "By whoever must act on it: the physician for the emergency "
            + "written submission, the IRB notice and the annual report; sponsor staff for the acknowledgement.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DeadlineQueries.Met.class),
            examples = @ExampleObject(name = "sponsor acknowledgement sent", value = Examples.ACKNOWLEDGED)))
    @APIResponse(responseCode = "409", description = "The deadline is not open: already met or cancelled, or met by another record (a safety report)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The value cannot be accepted (named in the problem)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "Deadlines after the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeadlineView[].class),
                    examples = @ExampleObject(name = "the acknowledgement met", value = Examples.DEADLINES_ACKNOWLEDGED)))
    public List<DeadlineView> met(@PathParam("id") UUID id, @PathParam("deadlineId") UUID deadlineId, DeadlineQueries.Met body) {
        return deadlines.markMet(caller(), id, deadlineId, body);
    }

    private Caller caller() {
        return current.get();
    }
}
