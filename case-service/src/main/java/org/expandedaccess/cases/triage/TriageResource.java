package org.expandedaccess.cases.triage;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.expandedaccess.cases.lifecycle.CaseView;

import java.util.List;
import java.util.UUID;

/** Sponsor staff's work on a case: assignment and notes. */
@Path("/api/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases")
@RolesAllowed({Caller.PHYSICIAN, Caller.TRIAGER, Caller.MEDICAL_REVIEWER, Caller.AUDITOR})
public class TriageResource {

    private final TriageService triage;
    private final CurrentCaller current;

    TriageResource(TriageService triage, CurrentCaller current) {
        this.triage = triage;
        this.current = current;
    }

    @PUT
    @Path("/{id}/assignee")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.TRIAGER, Caller.MEDICAL_REVIEWER})
    @Operation(operationId = "assignCase", summary = "Assign the case", description = "Triagers and medical reviewers; {\"assignee\": null} unassigns.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TriageService.Assignment.class),
            examples = @ExampleObject(name = "assign", value = Examples.ASSIGN)))
    @APIResponse(responseCode = "422", description = "The value cannot be accepted (named in the problem)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "The case",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class),
                    examples = @ExampleObject(name = "assigned", value = Examples.ASSIGNED)))
    public CaseView assign(@PathParam("id") UUID id, TriageService.Assignment body) {
        return CaseView.of(triage.assign(caller(), id, body));
    }

    @GET
    @Path("/{id}/notes")
    @Operation(operationId = "listCaseNotes", summary = "Notes on the case", description = "Sponsor staff and auditors read all; the physician only "
            + "notes marked for them.")
    @APIResponse(responseCode = "200", description = "Notes, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NoteView[].class),
                    examples = @ExampleObject(name = "one note", value = Examples.NOTES)))
    public List<NoteView> notes(@PathParam("id") UUID id) {
        return triage.notes(caller(), id);
    }

    @POST
    @Path("/{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.TRIAGER, Caller.MEDICAL_REVIEWER})
    @Operation(operationId = "addCaseNote", summary = "Add a note", description = "Visible to sponsor staff only unless visibleToPhysician is true.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TriageService.NewNote.class),
            examples = @ExampleObject(name = "a question the physician sees", value = Examples.NOTE)))
    @APIResponse(responseCode = "422", description = "The value cannot be accepted (named in the problem)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "201", description = "The note",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NoteView.class),
                    examples = @ExampleObject(name = "the note", value = Examples.NOTE_ADDED)))
    public Response addNote(@PathParam("id") UUID id, TriageService.NewNote body) {
        return Response.status(201).entity(triage.addNote(caller(), id, body)).build();
    }

    private Caller caller() {
        return current.get();
    }
}
