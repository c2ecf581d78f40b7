package org.expandedaccess.cases.overview;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.expandedaccess.cases.audit.AuditEntry;
import org.expandedaccess.cases.audit.AuditTrail;
import org.expandedaccess.cases.audit.ChainVerification;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.expandedaccess.cases.lifecycle.CaseRepository;
import org.expandedaccess.cases.lifecycle.CaseService;
import org.expandedaccess.cases.lifecycle.CaseStatus;
import org.expandedaccess.cases.lifecycle.CaseView;
import org.expandedaccess.cases.lifecycle.EligibilityOutcome;
import org.expandedaccess.cases.lifecycle.Examples;
import org.expandedaccess.cases.lifecycle.QueueSummary;
import org.expandedaccess.cases.transitions.TransitionRequest;
import org.expandedaccess.cases.transitions.TransitionService;
import org.expandedaccess.platform.paging.Paging;
import org.expandedaccess.platform.problem.Problem;
import org.expandedaccess.platform.problem.ProblemException;
import org.expandedaccess.platform.security.Caller;
import org.expandedaccess.platform.security.CurrentCaller;

import java.util.List;
import java.util.UUID;

/** The triage queue, the one-page view of a case, people's moves, and the case's audit trail. */
@Path("/api/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cases")
@RolesAllowed({Caller.PHYSICIAN, Caller.TRIAGER, Caller.MEDICAL_REVIEWER, Caller.AUDITOR})
public class CaseResource {

    private final CaseService service;
    private final TransitionService transitions;
    private final CaseRepository repository;
    private final CaseDetails details;
    private final AuditTrail audit;
    private final CurrentCaller current;

    CaseResource(CaseService service, TransitionService transitions, CaseRepository repository, CaseDetails details,
                 AuditTrail audit, CurrentCaller current) {
        this.service = service;
        this.transitions = transitions;
        this.repository = repository;
        this.details = details;
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
        transitions.transition(caller(), id, request);
        return details.of(caller(), id);
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
