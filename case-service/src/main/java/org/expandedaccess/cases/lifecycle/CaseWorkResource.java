package org.expandedaccess.cases.lifecycle;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.expandedaccess.cases.adverse.AdverseEventService;
import org.expandedaccess.cases.adverse.AdverseEventView;
import org.expandedaccess.cases.deadlines.DeadlineQueries;
import org.expandedaccess.cases.deadlines.DeadlineView;
import org.expandedaccess.cases.form3926.Form3926Draft;
import org.expandedaccess.cases.form3926.Form3926Pdf;
import org.expandedaccess.cases.form3926.Form3926Service;
import org.expandedaccess.cases.treatment.RecordedSession;
import org.expandedaccess.cases.treatment.TreatmentService;
import org.expandedaccess.cases.treatment.TreatmentView;
import org.expandedaccess.platform.problem.Problem;
import org.expandedaccess.platform.security.Caller;
import org.expandedaccess.platform.security.CurrentCaller;

import java.util.List;
import java.util.UUID;

/** Deadlines, treatment sessions, adverse events and the Form 3926 draft of one case. */
@Path("/api/v1/cases/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Case work")
@RolesAllowed({Caller.PHYSICIAN, Caller.TRIAGER, Caller.MEDICAL_REVIEWER, Caller.AUDITOR})
@APIResponse(responseCode = "404", description = "No such case visible to the caller",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class CaseWorkResource {

    private final DeadlineQueries deadlines;
    private final TreatmentService treatment;
    private final AdverseEventService adverseEvents;
    private final Form3926Service form;
    private final JsonWebToken jwt;
    private final CurrentCaller current;

    CaseWorkResource(DeadlineQueries deadlines, TreatmentService treatment, AdverseEventService adverseEvents,
                     Form3926Service form, JsonWebToken jwt, CurrentCaller current) {
        this.deadlines = deadlines;
        this.treatment = treatment;
        this.adverseEvents = adverseEvents;
        this.form = form;
        this.jwt = jwt;
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

    @GET
    @Path("/form-3926")
    @Operation(operationId = "getForm3926Draft", summary = "Form FDA 3926 draft (JSON)", description = "Fields 1-11 of the 08/22 edition filled from the "
            + "request (read from intake-service with your token) and the case; every field the system could not fill "
            + "is marked. Initial or follow-up is chosen from the case state. Ask with Accept: application/pdf for a PDF "
            + "to review and sign. 503 when intake-service cannot be reached.")
    @APIResponse(responseCode = "200", description = "The draft",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Form3926Draft.class),
                    examples = @ExampleObject(name = "initial submission (some fields shown)", value = Examples.FORM_3926)))
    public Form3926Draft form3926(@PathParam("id") UUID id) {
        return form.draft(caller(), id, jwt.getRawToken());
    }

    @GET
    @Path("/form-3926")
    @Produces("application/pdf")
    @Operation(operationId = "getForm3926DraftPdf", summary = "Form FDA 3926 draft (PDF)")
    @APIResponse(responseCode = "200", description = "The draft as PDF", content = @Content(mediaType = "application/pdf"))
    public Response form3926Pdf(@PathParam("id") UUID id) {
        Form3926Draft draft = form.draft(caller(), id, jwt.getRawToken());
        return Response.ok(Form3926Pdf.render(draft), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"form-3926-" + draft.caseReference() + ".pdf\"").build();
    }

    private Caller caller() {
        return current.get();
    }
}
