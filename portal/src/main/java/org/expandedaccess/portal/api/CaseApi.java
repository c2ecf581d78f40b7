package org.expandedaccess.portal.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** case-service (case-service/README.md): cases, gates, deadlines, treatment, adverse events, audit trail. */
@RegisterRestClient(configKey = "cases")
@RegisterClientHeaders(UserToken.class)
@Path("/api/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface CaseApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CaseSummary(UUID id, String reference, UUID requestId, String programId, String status, boolean emergency,
                       String patientInitials, String diagnosisCode, String physician, String eligibilityOutcome,
                       String assignee, LocalDate nextDueDate, boolean overdue, OffsetDateTime submittedAt,
                       OffsetDateTime openedAt, OffsetDateTime statusChangedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record NextAction(String action, String owner) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Gate(String gate, String title, boolean recorded, boolean satisfied, String explanation,
                LocalDate satisfiedFrom, JsonNode details, String recordedBy, OffsetDateTime recordedAt,
                Set<String> recordedByRoles, String source) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Deadline(UUID id, String kind, LocalDate dueDate, String responsible, String rule, String source,
                    String status, LocalDate metOn, String metNote, String cancelledReason, UUID adverseEventId,
                    OffsetDateTime openedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Note(UUID id, String author, String authorRole, String text, boolean visibleToPhysician,
                OffsetDateTime createdAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Shipment(String lot, Integer quantity, String trackingReference, LocalDate shippedOn) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Treatment(LocalDate startedOn, LocalDate completedOn, String earlyEndReason, LocalDate summarySubmittedOn,
                     String summaryReference) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Deviation(String code, String type, Integer number, LocalDate date, String message, String source) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CaseDetail(CaseSummary summary, int requestVersion, Integer eligibilityRequestVersion,
                      String eligibilityDecidedBy, NextAction nextAction, Set<String> allowedTransitions,
                      List<Gate> gates, Shipment shipment, Treatment treatment, List<Note> notes,
                      List<Deadline> deadlines, List<Deviation> deviations) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record QueueSummary(Map<String, Long> byStatus, long openEmergencies, long openOverdue) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AuditEntry(int seq, OffsetDateTime at, String actor, String role, String action, String oldValue,
                      String newValue, String reason, String prevHash, String hash, String statement) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AuditVerification(boolean intact, int entries, Integer brokenAtSeq, String problem) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PlannedSession(int sequence, String type, int number, Integer afterDosing, LocalDate targetDate) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SessionEntry(UUID id, RecordedSession session, String recordedBy, OffsetDateTime recordedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RecordedSession(String type, Integer number, LocalDate date) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Dosing(int planned, int recorded, List<Integer> outstanding) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TreatmentView(LocalDate startedOn, List<PlannedSession> plan, List<SessionEntry> sessions,
                         List<Deviation> deviations, Dosing dosing, boolean completionAllowed,
                         String completionProblem) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AdverseEvent(UUID id, String description, LocalDate onsetDate, LocalDate awareDate, boolean serious,
                        boolean unexpected, boolean fatalOrLifeThreatening, String relation, String outcome,
                        boolean safetyReportRequired, LocalDate safetyReportDueDate, LocalDate reportSubmittedOn,
                        String reportReference, String recordedBy, OffsetDateTime recordedAt) {
    }

    record Assignment(String assignee) {
    }

    record NewNote(String text, boolean visibleToPhysician) {
    }

    @GET
    List<CaseSummary> list(@QueryParam("status") List<String> status, @QueryParam("emergency") Boolean emergency,
                           @QueryParam("assignee") String assignee,
                           @QueryParam("eligibilityOutcome") String eligibilityOutcome,
                           @QueryParam("overdue") Boolean overdue, @QueryParam("requestId") String requestId,
                           @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @GET
    @Path("/summary")
    QueueSummary summary();

    @GET
    @Path("/{id}")
    CaseDetail get(@PathParam("id") UUID id);

    @POST
    @Path("/{id}/transitions")
    CaseDetail transition(@PathParam("id") UUID id, JsonNode body);

    @PUT
    @Path("/{id}/gates/{gate}")
    List<Gate> recordGate(@PathParam("id") UUID id, @PathParam("gate") String gate, JsonNode body);

    @PUT
    @Path("/{id}/assignee")
    CaseSummary assign(@PathParam("id") UUID id, Assignment body);

    @POST
    @Path("/{id}/notes")
    Note addNote(@PathParam("id") UUID id, NewNote body);

    @GET
    @Path("/{id}/audit")
    List<AuditEntry> audit(@PathParam("id") UUID id);

    @GET
    @Path("/{id}/audit/verify")
    AuditVerification verify(@PathParam("id") UUID id);

    @GET
    @Path("/{id}/treatment")
    TreatmentView treatment(@PathParam("id") UUID id);

    @POST
    @Path("/{id}/sessions")
    TreatmentView recordSession(@PathParam("id") UUID id, JsonNode session);

    @GET
    @Path("/{id}/adverse-events")
    List<AdverseEvent> adverseEvents(@PathParam("id") UUID id);

    @POST
    @Path("/{id}/adverse-events")
    AdverseEvent recordAdverseEvent(@PathParam("id") UUID id, JsonNode body);

    @POST
    @Path("/{id}/adverse-events/{eventId}/safety-report")
    AdverseEvent safetyReport(@PathParam("id") UUID id, @PathParam("eventId") UUID eventId, JsonNode body);

    @POST
    @Path("/{id}/deadlines/{deadlineId}/met")
    List<Deadline> deadlineMet(@PathParam("id") UUID id, @PathParam("deadlineId") UUID deadlineId, JsonNode body);

    @GET
    @Path("/{id}/form-3926")
    @Produces("application/pdf")
    byte[] form3926Pdf(@PathParam("id") UUID id);
}
