package org.expandedaccess.cases.form3926;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.expandedaccess.cases.lifecycle.Examples;
import org.expandedaccess.platform.problem.Problem;
import org.expandedaccess.platform.security.Caller;
import org.expandedaccess.platform.security.CurrentCaller;

import java.util.UUID;

/** The Form FDA 3926 draft of a case, as JSON or PDF. */
@Path("/api/v1/cases/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Case work")
@RolesAllowed({Caller.PHYSICIAN, Caller.TRIAGER, Caller.MEDICAL_REVIEWER, Caller.AUDITOR})
@APIResponse(responseCode = "404", description = "No such case visible to the caller",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class Form3926Resource {

    private final Form3926Service form;
    private final CurrentCaller current;

    Form3926Resource(Form3926Service form, CurrentCaller current) {
        this.form = form;
        this.current = current;
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
        return form.draft(caller(), id);
    }

    @GET
    @Path("/form-3926")
    @Produces("application/pdf")
    @Operation(operationId = "getForm3926DraftPdf", summary = "Form FDA 3926 draft (PDF)")
    @APIResponse(responseCode = "200", description = "The draft as PDF", content = @Content(mediaType = "application/pdf"))
    public Response form3926Pdf(@PathParam("id") UUID id) {
        Form3926Draft draft = form.draft(caller(), id);
        return Response.ok(Form3926Pdf.render(draft), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"form-3926-" + draft.caseReference() + ".pdf\"").build();
    }

    private Caller caller() {
        return current.get();
    }
}
