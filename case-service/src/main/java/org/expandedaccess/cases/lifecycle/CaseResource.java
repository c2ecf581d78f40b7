package org.expandedaccess.cases.lifecycle;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.expandedaccess.cases.audit.AuditEntry;
import org.expandedaccess.cases.audit.AuditTrail;
import org.expandedaccess.cases.audit.ChainVerification;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.expandedaccess.cases.gates.Gate;
import org.expandedaccess.cases.gates.GateDetails;
import org.expandedaccess.cases.gates.GateService;
import org.expandedaccess.cases.gates.GateStatus;
import org.expandedaccess.cases.gates.Gates;
import org.expandedaccess.cases.triage.NoteView;
import org.expandedaccess.cases.triage.TriageService;
import org.expandedaccess.platform.paging.Paging;
import org.expandedaccess.platform.problem.Problem;
import org.expandedaccess.platform.problem.ProblemException;
import org.expandedaccess.platform.security.Caller;
import org.expandedaccess.platform.security.CurrentCaller;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases")
@RolesAllowed({Caller.PHYSICIAN, Caller.TRIAGER, Caller.MEDICAL_REVIEWER, Caller.AUDITOR})
public class CaseResource {

    private final CaseService service;
    private final CaseRepository repository;
    private final CaseDetails details;
    private final GateService gateService;
    private final Gates gates;
    private final TriageService triage;
    private final AuditTrail audit;
    private final CurrentCaller current;

    CaseResource(CaseService service, CaseRepository repository, CaseDetails details, GateService gateService,
                 Gates gates, TriageService triage, AuditTrail audit, CurrentCaller current) {
        this.service = service;
        this.repository = repository;
        this.details = details;
        this.gateService = gateService;
        this.gates = gates;
        this.triage = triage;
        this.audit = audit;
        this.current = current;
    }

    @GET
    @Operation(operationId = "listCases", summary = "List cases (the triage queue)", description = "A physician sees their own cases; triagers, "
            + "medical reviewers and auditors see all. Emergencies first, then the nearest due date, then the oldest "
            + "submission. Filters combine with AND; status may repeat.")
    @APIResponse(responseCode = "200", description = "One page of cases",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView[].class),
                    examples = @ExampleObject(name = "the triage queue (one case)", value = Examples.CASES)))
    @jakarta.transaction.Transactional
    public List<CaseView> list(@QueryParam("status") List<String> status,
                               @QueryParam("emergency") Boolean emergency,
                               @Parameter(description = "Username; empty for unassigned cases") @QueryParam("assignee") String assignee,
                               @QueryParam("eligibilityOutcome") String eligibilityOutcome,
                               @Parameter(description = "Only cases with (true) or without (false) an overdue deadline")
                               @QueryParam("overdue") Boolean overdue,
                               @Parameter(description = "The case of one request (links in notifications use it)")
                               @QueryParam("requestId") String requestId,
                               @Valid @BeanParam Paging paging) {
        Caller caller = caller();
        var filter = new CaseRepository.Filter(
                status == null ? null : status.stream().map(v -> parse(CaseStatus.class, "status", v)).toList(),
                emergency, assignee, eligibilityOutcome == null ? null
                        : parse(EligibilityOutcome.class, "eligibilityOutcome", eligibilityOutcome),
                overdue, caller.seesAll() ? null : caller.username(), requestId == null ? null : uuid(requestId));
        return repository.list(filter, paging.page, paging.size).stream().map(CaseView::of).toList();
    }

    @GET
    @Path("/summary")
    @RolesAllowed({Caller.TRIAGER, Caller.MEDICAL_REVIEWER, Caller.AUDITOR})
    @Operation(operationId = "getCaseQueueSummary", summary = "Queue summary for sponsor staff",
            description = "How many cases are in each status, open emergencies and overdue cases. Not for physicians.")
    @APIResponse(responseCode = "200", description = "Counts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QueueSummary.class),
                    examples = @ExampleObject(name = "counts", value = Examples.QUEUE_SUMMARY)))
    @jakarta.transaction.Transactional
    public QueueSummary summary() {
        return repository.summary();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCase", summary = "Read one case", description = "State, screening outcome, gates, assignee, next action and who "
            + "owns it, shipment, treatment, notes the caller may read, deadlines. Someone else's case answers 404.")
    @APIResponse(responseCode = "200", description = "The case",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseDetail.class),
                    examples = @ExampleObject(name = "authorizing: waiting for the IND to take effect", value = Examples.CASE)))
    @APIResponse(responseCode = "404", description = "No such case visible to the caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CaseDetail get(@PathParam("id") UUID id) {
        return details.of(caller(), id);
    }

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.PHYSICIAN, Caller.TRIAGER, Caller.MEDICAL_REVIEWER})
    @Operation(operationId = "transitionCase", summary = "Move the case to another state", description = "Legal moves, roles and requirements are the "
            + "transition table in the service README. 409 for a move that is not allowed (with the allowed next states), "
            + "403 for a role that may not make it, 422 when something it needs is missing.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TransitionRequest.class),
            examples = {
                    @ExampleObject(name = "approve with the LOA (sponsor, from UNDER_REVIEW)", value = Examples.APPROVE),
                    @ExampleObject(name = "request information (sponsor, from UNDER_REVIEW)", value = Examples.REQUEST_INFORMATION),
                    @ExampleObject(name = "record the shipment (sponsor, from READY_TO_SHIP)", value = Examples.SHIP),
                    @ExampleObject(name = "start treatment (physician, from SHIPPED)", value = Examples.START_TREATMENT),
                    @ExampleObject(name = "end treatment early (physician, from IN_TREATMENT)", value = Examples.END_EARLY),
                    @ExampleObject(name = "close with the treatment summary (sponsor, from TREATMENT_COMPLETED)", value = Examples.CLOSE)}))
    @APIResponse(responseCode = "200", description = "The case after the move",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseDetail.class),
                    examples = @ExampleObject(name = "approved: now authorizing", value = Examples.APPROVED)))
    @APIResponse(responseCode = "409", description = "Not allowed from the current state",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "A requirement is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CaseDetail transition(@PathParam("id") UUID id, TransitionRequest request) {
        service.transition(caller(), id, request);
        return details.of(caller(), id);
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
        Case c = service.find(caller(), id).orElseThrow(() -> ProblemException.notFound("Case " + id));
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

    @GET
    @Path("/{id}/audit")
    @Operation(operationId = "getAuditTrail", summary = "The audit trail", description = "Every change to the case, oldest first: actor, role, server "
            + "time, action, old and new values, reason, and the hash chain. Auditors and sponsor staff; the physician "
            + "for their own case. Nothing can change or delete an entry.")
    @APIResponse(responseCode = "200", description = "Entries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuditEntry[].class),
                    examples = @ExampleObject(name = "the first entries", value = Examples.AUDIT_TRAIL)))
    public List<AuditEntry> audit(@PathParam("id") UUID id) {
        service.find(caller(), id).orElseThrow(() -> ProblemException.notFound("Case " + id));
        return audit.entries(id);
    }

    @GET
    @Path("/{id}/audit/verify")
    @Operation(operationId = "verifyAuditTrail", summary = "Verify the audit trail", description = "Recomputes the hash chain and says whether it is "
            + "intact, and if not, at which entry it breaks.")
    @APIResponse(responseCode = "200", description = "The verification",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChainVerification.class),
                    examples = @ExampleObject(name = "intact", value = Examples.AUDIT_VERIFIED)))
    public ChainVerification verify(@PathParam("id") UUID id) {
        service.find(caller(), id).orElseThrow(() -> ProblemException.notFound("Case " + id));
        return audit.verify(id);
    }

    private Caller caller() {
        return current.get();
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Problem.validation(400, "requestId is not a UUID.",
                    List.of(new Problem.FieldError("requestId", "a UUID, e.g. 6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f"))));
        }
    }

    /** A filter value that is not one of the enum's names is a 400 naming the allowed values. */
    private static <E extends Enum<E>> E parse(Class<E> type, String parameter, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Problem.validation(400, "Unknown " + parameter + " '" + value + "'.",
                    List.of(new Problem.FieldError(parameter, "one of " + java.util.Arrays.toString(type.getEnumConstants())))));
        }
    }
}
