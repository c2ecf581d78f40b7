package org.expandedaccess.cases.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.expandedaccess.cases.audit.AuditEntry;
import org.expandedaccess.cases.audit.AuditTrail;
import org.expandedaccess.cases.audit.ChainVerification;
import org.expandedaccess.cases.gates.Gate;
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
@SecurityScheme(securitySchemeName = "keycloak", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
@SecurityRequirement(name = "keycloak")
@RolesAllowed({Caller.PHYSICIAN, Caller.TRIAGER, Caller.MEDICAL_REVIEWER, Caller.AUDITOR})
@APIResponse(responseCode = "401", description = "No valid token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Role not allowed",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
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
    @Operation(summary = "List cases (the triage queue)", description = "A physician sees their own cases; triagers, "
            + "medical reviewers and auditors see all. Emergencies first, then the nearest due date, then the oldest "
            + "submission. Filters combine with AND; status may repeat.")
    @APIResponse(responseCode = "200", description = "One page of cases",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView[].class)))
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
    @Operation(summary = "Queue summary for sponsor staff",
            description = "How many cases are in each status, open emergencies and overdue cases. Not for physicians.")
    @APIResponse(responseCode = "200", description = "Counts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QueueSummary.class)))
    @jakarta.transaction.Transactional
    public QueueSummary summary() {
        return repository.summary();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read one case", description = "State, screening outcome, gates, assignee, next action and who "
            + "owns it, shipment, treatment, notes the caller may read, deadlines. Someone else's case answers 404.")
    @APIResponse(responseCode = "200", description = "The case",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseDetail.class)))
    @APIResponse(responseCode = "404", description = "No such case visible to the caller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CaseDetail get(@PathParam("id") UUID id) {
        return details.of(caller(), id);
    }

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.PHYSICIAN, Caller.TRIAGER, Caller.MEDICAL_REVIEWER})
    @Operation(summary = "Move the case to another state", description = "Legal moves, roles and requirements are the "
            + "transition table in the service README. 409 for a move that is not allowed (with the allowed next states), "
            + "403 for a role that may not make it, 422 when something it needs is missing.")
    @APIResponse(responseCode = "200", description = "The case after the move",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseDetail.class)))
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
    @Operation(summary = "The five gates before shipment", description = "LOA, FDA, IRB, consent, DEA: recorded, "
            + "satisfied, and why (docs/regulatory/gates.md).")
    @APIResponse(responseCode = "200", description = "Every gate",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GateStatus[].class)))
    @jakarta.transaction.Transactional
    public List<GateStatus> gates(@PathParam("id") UUID id) {
        Case c = service.find(caller(), id).orElseThrow(() -> ProblemException.notFound("Case " + id));
        return gates.statuses(c);
    }

    @PUT
    @Path("/{id}/gates/{gate}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.PHYSICIAN, Caller.TRIAGER, Caller.MEDICAL_REVIEWER})
    @Operation(summary = "Record a gate", description = "gate is loa, fda, irb, consent or dea; the body is that gate's "
            + "record (schemas LoaGate, FdaGate, IrbGate, ConsentGate, DeaGate). Physicians record FDA, IRB and consent "
            + "on their own cases; sponsor staff the LOA and DEA. When every gate is satisfied the case becomes "
            + "READY_TO_SHIP by itself; the FDA gate of a submitted IND opens 30 days after FDA received it.")
    @APIResponse(responseCode = "200", description = "Every gate after the change",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GateStatus[].class)))
    @APIResponse(responseCode = "409", description = "Gates cannot be recorded in the case's state",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Fields missing or invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<GateStatus> recordGate(@PathParam("id") UUID id, @PathParam("gate") String gate, JsonNode body) {
        Gate g = Gate.fromPath(gate);
        if (g == null) {
            throw ProblemException.notFound("Gate '" + gate + "' (gates: loa, fda, irb, consent, dea)");
        }
        return gateService.record(caller(), id, g, body);
    }

    @PUT
    @Path("/{id}/assignee")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.TRIAGER, Caller.MEDICAL_REVIEWER})
    @Operation(summary = "Assign the case", description = "Triagers and medical reviewers; {\"assignee\": null} unassigns.")
    @APIResponse(responseCode = "200", description = "The case",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    public CaseView assign(@PathParam("id") UUID id, TriageService.Assignment body) {
        return CaseView.of(triage.assign(caller(), id, body));
    }

    @GET
    @Path("/{id}/notes")
    @Operation(summary = "Notes on the case", description = "Sponsor staff and auditors read all; the physician only "
            + "notes marked for them.")
    @APIResponse(responseCode = "200", description = "Notes, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NoteView[].class)))
    public List<NoteView> notes(@PathParam("id") UUID id) {
        return triage.notes(caller(), id);
    }

    @POST
    @Path("/{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.TRIAGER, Caller.MEDICAL_REVIEWER})
    @Operation(summary = "Add a note", description = "Visible to sponsor staff only unless visibleToPhysician is true.")
    @APIResponse(responseCode = "201", description = "The note",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NoteView.class)))
    public Response addNote(@PathParam("id") UUID id, TriageService.NewNote body) {
        return Response.status(201).entity(triage.addNote(caller(), id, body)).build();
    }

    @GET
    @Path("/{id}/audit")
    @Operation(summary = "The audit trail", description = "Every change to the case, oldest first: actor, role, server "
            + "time, action, old and new values, reason, and the hash chain. Auditors and sponsor staff; the physician "
            + "for their own case. Nothing can change or delete an entry.")
    @APIResponse(responseCode = "200", description = "Entries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuditEntry[].class)))
    public List<AuditEntry> audit(@PathParam("id") UUID id) {
        service.find(caller(), id).orElseThrow(() -> ProblemException.notFound("Case " + id));
        return audit.entries(id);
    }

    @GET
    @Path("/{id}/audit/verify")
    @Operation(summary = "Verify the audit trail", description = "Recomputes the hash chain and says whether it is "
            + "intact, and if not, at which entry it breaks.")
    @APIResponse(responseCode = "200", description = "The verification",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChainVerification.class)))
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
