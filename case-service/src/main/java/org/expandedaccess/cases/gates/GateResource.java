package org.expandedaccess.cases.gates;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.expandedaccess.cases.lifecycle.Examples;
import org.expandedaccess.platform.problem.Problem;
import org.expandedaccess.platform.problem.ProblemException;
import org.expandedaccess.platform.security.Caller;
import org.expandedaccess.platform.security.CurrentCaller;
import org.expandedaccess.cases.lifecycle.CaseService;

import java.util.List;
import java.util.UUID;

/** The five gates before shipment: read them, and record each by whoever may. */
@Path("/api/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases")
@RolesAllowed({Caller.PHYSICIAN, Caller.TRIAGER, Caller.MEDICAL_REVIEWER, Caller.AUDITOR})
public class GateResource {

    private final CaseService cases;
    private final GateService gateService;
    private final Gates gates;
    private final CurrentCaller current;

    GateResource(CaseService cases, GateService gateService, Gates gates, CurrentCaller current) {
        this.cases = cases;
        this.gateService = gateService;
        this.gates = gates;
        this.current = current;
    }

    @GET
    @Path("/{id}/gates")
    @Operation(operationId = "listGates", summary = "The five gates before shipment", description = "LOA, FDA, IRB, consent, DEA: recorded, "
            + "satisfied, and why (docs/regulatory/gates.md).")
    @APIResponse(responseCode = "200", description = "Every gate",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GateStatus[].class),
                    examples = @ExampleObject(name = "every gate recorded, the IND not yet in effect", value = Examples.GATES)))
    @jakarta.transaction.Transactional
    public List<GateStatus> gates(@PathParam("id") UUID id) {
        org.expandedaccess.cases.lifecycle.Case c = cases.find(caller(), id).orElseThrow(() -> ProblemException.notFound("Case " + id));
        return gates.statuses(c);
    }

    private static final String GATE_NOTE = " When every gate is satisfied the case becomes READY_TO_SHIP by itself."
            + " Answers every gate after the change.";

    @PUT
    @Path("/{id}/gates/loa")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.TRIAGER, Caller.MEDICAL_REVIEWER})
    @Operation(operationId = "recordLoaGate", summary = "Record the sponsor's letter of authorization",
            description = "Sponsor staff (triagers, medical reviewers); 21 CFR 312.310(b)." + GATE_NOTE)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = GateDetails.Loa.class),
            examples = @ExampleObject(name = "letter issued", value = Examples.LOA)))
    @APIResponse(responseCode = "200", description = "Every gate after the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GateStatus[].class),
                    examples = @ExampleObject(name = "every gate recorded, the IND not yet in effect", value = Examples.GATES)))
    @APIResponse(responseCode = "409", description = "Gates cannot be recorded in the case's state",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Fields missing or implausible for this gate",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<GateStatus> recordLoaGate(@PathParam("id") UUID id,
                                          @NotNull(message = "a JSON body is required") GateDetails.Loa body) {
        return gateService.record(caller(), id, Gate.LOA, body);
    }

    @PUT
    @Path("/{id}/gates/fda")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.PHYSICIAN)
    @Operation(operationId = "recordFdaGate", summary = "Record how FDA allowed treatment",
            description = "The physician, on their own case: an IND FDA received (in effect 30 days later unless FDA "
                    + "allows earlier; 21 CFR 312.40(b)) or an emergency authorisation by telephone (21 CFR 312.310(d))."
                    + GATE_NOTE)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = GateDetails.Fda.class),
            examples = @ExampleObject(name = "IND received by FDA", value = Examples.FDA)))
    @APIResponse(responseCode = "200", description = "Every gate after the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GateStatus[].class),
                    examples = @ExampleObject(name = "every gate recorded, the IND not yet in effect", value = Examples.GATES)))
    @APIResponse(responseCode = "409", description = "Gates cannot be recorded in the case's state",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Fields missing or implausible for this gate",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<GateStatus> recordFdaGate(@PathParam("id") UUID id,
                                          @NotNull(message = "a JSON body is required") GateDetails.Fda body) {
        return gateService.record(caller(), id, Gate.FDA, body);
    }

    @PUT
    @Path("/{id}/gates/irb")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.PHYSICIAN)
    @Operation(operationId = "recordIrbGate", summary = "Record the IRB's approval (or an emergency notice)",
            description = "The physician, on their own case: convened board, chair or designated member, or in an "
                    + "emergency the notice to the IRB within 5 working days (21 CFR 56.104(c))." + GATE_NOTE)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = GateDetails.Irb.class),
            examples = @ExampleObject(name = "approved by the chair", value = Examples.IRB)))
    @APIResponse(responseCode = "200", description = "Every gate after the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GateStatus[].class),
                    examples = @ExampleObject(name = "every gate recorded, the IND not yet in effect", value = Examples.GATES)))
    @APIResponse(responseCode = "409", description = "Gates cannot be recorded in the case's state",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Fields missing or implausible for this gate",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<GateStatus> recordIrbGate(@PathParam("id") UUID id,
                                          @NotNull(message = "a JSON body is required") GateDetails.Irb body) {
        return gateService.record(caller(), id, Gate.IRB, body);
    }

    @PUT
    @Path("/{id}/gates/consent")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.PHYSICIAN)
    @Operation(operationId = "recordConsentGate", summary = "Record the patient's signed informed consent",
            description = "The physician, on their own case (21 CFR 50)." + GATE_NOTE)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = GateDetails.Consent.class),
            examples = @ExampleObject(name = "signed", value = Examples.CONSENT)))
    @APIResponse(responseCode = "200", description = "Every gate after the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GateStatus[].class),
                    examples = @ExampleObject(name = "every gate recorded, the IND not yet in effect", value = Examples.GATES)))
    @APIResponse(responseCode = "409", description = "Gates cannot be recorded in the case's state",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Fields missing or implausible for this gate",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<GateStatus> recordConsentGate(@PathParam("id") UUID id,
                                              @NotNull(message = "a JSON body is required") GateDetails.Consent body) {
        return gateService.record(caller(), id, Gate.CONSENT, body);
    }

    @PUT
    @Path("/{id}/gates/dea")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.TRIAGER, Caller.MEDICAL_REVIEWER})
    @Operation(operationId = "recordDeaGate", summary = "Record the verified DEA Schedule I registration",
            description = "Sponsor staff, after verifying the physician's registration and storage site "
                    + "(21 CFR 1301.18, 1301.75)." + GATE_NOTE)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = GateDetails.Dea.class),
            examples = @ExampleObject(name = "verified", value = Examples.DEA)))
    @APIResponse(responseCode = "200", description = "Every gate after the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GateStatus[].class),
                    examples = @ExampleObject(name = "every gate recorded, the IND not yet in effect", value = Examples.GATES)))
    @APIResponse(responseCode = "409", description = "Gates cannot be recorded in the case's state",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Fields missing or implausible for this gate",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<GateStatus> recordDeaGate(@PathParam("id") UUID id,
                                          @NotNull(message = "a JSON body is required") GateDetails.Dea body) {
        return gateService.record(caller(), id, Gate.DEA, body);
    }

    /** Any other gate name: a clear 404 rather than the framework's. */
    @PUT
    @Path("/{id}/gates/{gate}")
    @Operation(hidden = true)
    public List<GateStatus> unknownGate(@PathParam("id") UUID id, @PathParam("gate") String gate) {
        throw ProblemException.notFound("Gate '" + gate + "' (gates: loa, fda, irb, consent, dea)");
    }

    private Caller caller() {
        return current.get();
    }
}
