package org.expandedaccess.eligibility.programs;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.expandedaccess.platform.problem.Problem;
import org.expandedaccess.platform.problem.ProblemException;

import java.util.List;

@Path("/api/v1/eligibility/programs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Programs")
@Authenticated
public class ProgramResource {

    private final ProgramCatalog catalog;

    ProgramResource(ProgramCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @Operation(operationId = "listPrograms", summary = "Active program definitions", description = "Every program this service screens for, "
            + "with each criterion's kind, parameters and source. Open to any authenticated user.")
    @APIResponse(responseCode = "200", description = "The definitions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgramView[].class),
                    examples = @ExampleObject(name = "the active program (some criteria shown)", value = Examples.PROGRAMS)))
    public List<ProgramView> list() {
        return catalog.all().stream().map(ProgramView::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getProgram", summary = "One active program definition",
            description = "Its version, criteria with their parameters and sources, and the needs-review flags; 404 for a program id that is not active.")
    @APIResponse(responseCode = "200", description = "The definition",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgramView.class),
                    examples = @ExampleObject(name = "mdma-ptsd (some criteria shown)", value = Examples.PROGRAM)))
    @APIResponse(responseCode = "404", description = "No such program",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ProgramView get(@PathParam("id") String id) {
        return catalog.find(id).map(ProgramView::of).orElseThrow(() -> ProblemException.notFound("Program " + id));
    }
}
