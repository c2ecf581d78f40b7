package org.expandedaccess.cases.adverse;

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

import java.util.List;
import java.util.UUID;

/** Adverse events of a case and the IND safety reports they open. */
@Path("/api/v1/cases/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Case work")
@RolesAllowed({Caller.PHYSICIAN, Caller.TRIAGER, Caller.MEDICAL_REVIEWER, Caller.AUDITOR})
@APIResponse(responseCode = "404", description = "No such case visible to the caller",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class AdverseEventResource {

    private final AdverseEventService adverseEvents;
    private final CurrentCaller current;

    AdverseEventResource(AdverseEventService adverseEvents, CurrentCaller current) {
        this.adverseEvents = adverseEvents;
        this.current = current;
    }

    @GET
    @Path("/adverse-events")
    @Operation(operationId = "listAdverseEvents", summary = "Adverse events of the case",
            description = "Oldest first, each with the safety report it opened (7 or 15 calendar days, 21 CFR 312.32) and whether that was submitted.")
    @APIResponse(responseCode = "200", description = "Adverse events",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AdverseEventView[].class),
                    examples = @ExampleObject(name = "one, reported", value = Examples.ADVERSE_EVENTS)))
    public List<AdverseEventView> adverseEvents(@PathParam("id") UUID id) {
        return adverseEvents.list(caller(), id);
    }

    @POST
    @Path("/adverse-events")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.PHYSICIAN, Caller.MEDICAL_REVIEWER})
    @Operation(operationId = "recordAdverseEvent", summary = "Record an adverse event", description = "After shipment. A serious and unexpected suspected "
            + "adverse reaction opens an IND safety report deadline: 7 calendar days from awareness if fatal or "
            + "life-threatening, else 15 (21 CFR 312.32(c)). Publishes AdverseEventRecorded.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AdverseEventService.NewAdverseEvent.class),
            examples = @ExampleObject(name = "serious, unexpected, possibly related", value = Examples.ADVERSE_EVENT)))
    @APIResponse(responseCode = "201", description = "The adverse event",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AdverseEventView.class),
                    examples = @ExampleObject(name = "a 15-day safety report is due", value = Examples.ADVERSE_EVENT_RECORDED)))
    @APIResponse(responseCode = "409", description = "Drug has not shipped")
    @APIResponse(responseCode = "422", description = "Fields missing or inconsistent")
    public Response recordAdverseEvent(@PathParam("id") UUID id, AdverseEventService.NewAdverseEvent body) {
        return Response.status(201).entity(adverseEvents.record(caller(), id, body)).build();
    }

    @POST
    @Path("/adverse-events/{eventId}/safety-report")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.PHYSICIAN, Caller.MEDICAL_REVIEWER})
    @Operation(operationId = "recordSafetyReport", summary = "Mark the IND safety report submitted", description = "Meets the safety report deadline.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AdverseEventService.SafetyReport.class),
            examples = @ExampleObject(name = "submitted to FDA", value = Examples.SAFETY_REPORT)))
    @APIResponse(responseCode = "409", description = "No safety report is due for this adverse event (none required, or already submitted)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The value cannot be accepted (named in the problem)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "The adverse event",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AdverseEventView.class),
                    examples = @ExampleObject(name = "reported", value = Examples.SAFETY_REPORT_SUBMITTED)))
    public AdverseEventView safetyReport(@PathParam("id") UUID id, @PathParam("eventId") UUID eventId,
                                         AdverseEventService.SafetyReport body) {
        return adverseEvents.reportSubmitted(caller(), id, eventId, body);
    }

    private Caller caller() {
        return current.get();
    }
}
