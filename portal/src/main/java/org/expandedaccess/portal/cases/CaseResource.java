package org.expandedaccess.portal.cases;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.expandedaccess.portal.api.ApiProblem;
import org.expandedaccess.portal.api.CaseApi;
import org.expandedaccess.portal.api.EligibilityApi;
import org.expandedaccess.portal.api.Problem;
import org.expandedaccess.portal.api.ServiceUnavailable;
import org.expandedaccess.portal.api.Upstream;
import org.expandedaccess.portal.web.Html;
import org.expandedaccess.portal.web.Viewer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * One case on one page for everyone who may see it. The actions offered are those the case API allows this
 * caller now (its allowed moves, the gates its role records); a refusal (409, 422) is shown beside the field
 * it concerns, with what was typed kept.
 */
@Path("/cases")
@Authenticated
@Produces(Html.TYPE)
public class CaseResource {

    static final String CASES = "The case service";
    static final String ELIGIBILITY = "The eligibility service";

    private static final Set<String> INTEGERS = Set.of("shipment.quantity", "number", "dose.initialMg",
            "dose.supplementalMg", "vitalSigns[].systolic", "vitalSigns[].diastolic", "vitalSigns[].pulse");
    private static final Set<String> DECIMALS = Set.of("vitalSigns[].temperatureC");
    private static final Set<String> BOOLEANS = Set.of("scheduleI", "serious", "unexpected", "fatalOrLifeThreatening",
            "visibleToPhysician");
    private static final Set<String> AFTER_SHIPMENT = Set.of("SHIPPED", "IN_TREATMENT", "TREATMENT_COMPLETED", "CLOSED");
    private static final Set<String> GATE_STATES = Set.of("SCREENING", "UNDER_REVIEW", "INFO_REQUESTED", "APPROVED",
            "AUTHORIZING");
    private static final Map<String, String> DONE = Map.of(
            "assigned", "The assignment is saved.", "noted", "The note is saved.", "moved", "The case moved on.",
            "gate", "The gate is recorded.", "session", "The session is recorded.",
            "ae", "The adverse event is recorded; any safety report deadline is listed under Deadlines.",
            "report", "The safety report is recorded.", "met", "The deadline is marked as met.");

    /** What the page shows besides the case itself; each part may be missing when its service is down. */
    public record CasePage(CaseApi.CaseDetail detail, CaseApi.TreatmentView treatment,
                           List<CaseApi.AdverseEvent> adverseEvents, List<CaseApi.AuditEntry> timeline,
                           EligibilityApi.Eligibility eligibility, String unavailable) {
    }

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance kase(CasePage page, CaseForms forms, Actions actions);
    }

    @Inject
    @RestClient
    CaseApi cases;

    @Inject
    @RestClient
    EligibilityApi eligibility;

    @Inject
    Viewer viewer;

    @GET
    @Path("/{id}")
    public Response page(@PathParam("id") UUID id, @QueryParam("done") String done) {
        return Html.ok(render(id, done != null && DONE.containsKey(done) ? CaseForms.done(DONE.get(done)) : CaseForms.none()));
    }

    /** Links in inbox items name the request; its case (or the request while no case exists). */
    @GET
    @Path("/by-request/{requestId}")
    public Response byRequest(@PathParam("requestId") UUID requestId) {
        List<CaseApi.CaseSummary> found = Upstream.call(CASES,
                () -> cases.list(null, null, null, null, null, requestId.toString(), 0, 1));
        if (found.isEmpty()) {
            return Html.seeOther(viewer.physician() ? "/requests/" + requestId : "/inbox");
        }
        return Html.seeOther("/cases/" + found.get(0).id());
    }

    @POST
    @Path("/{id}/transition")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response transition(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        String to = form.getFirst("to");
        return act(id, "t-" + to, form, "moved", () -> cases.transition(id, body(form)));
    }

    @POST
    @Path("/{id}/gates/{gate}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response gate(@PathParam("id") UUID id, @PathParam("gate") String gate, MultivaluedMap<String, String> form) {
        String key = gate.toLowerCase(java.util.Locale.ROOT);
        return act(id, "gate-" + key, form, "gate", () -> cases.recordGate(id, key, body(form)));
    }

    @POST
    @Path("/{id}/assignee")
    @RolesAllowed({Viewer.TRIAGER, Viewer.REVIEWER})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response assign(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        String choice = form.getFirst("choice");
        String assignee = "me".equals(choice) ? viewer.username() : "other".equals(choice) ? form.getFirst("assignee") : null;
        return act(id, "assign", form, "assigned", () -> cases.assign(id, new CaseApi.Assignment(
                assignee == null || assignee.isBlank() ? null : assignee.strip())));
    }

    @POST
    @Path("/{id}/notes")
    @RolesAllowed({Viewer.TRIAGER, Viewer.REVIEWER})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response note(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        return act(id, "note", form, "noted", () -> cases.addNote(id, new CaseApi.NewNote(form.getFirst("text"),
                "true".equals(form.getFirst("visibleToPhysician")))));
    }

    @POST
    @Path("/{id}/sessions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response session(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        return act(id, "session", form, "session", () -> cases.recordSession(id, body(form)));
    }

    @POST
    @Path("/{id}/adverse-events")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response adverseEvent(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        return act(id, "ae", form, "ae", () -> cases.recordAdverseEvent(id, body(form)));
    }

    @POST
    @Path("/{id}/adverse-events/{eventId}/safety-report")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response safetyReport(@PathParam("id") UUID id, @PathParam("eventId") UUID eventId,
                                 MultivaluedMap<String, String> form) {
        return act(id, "report-" + eventId, form, "report", () -> cases.safetyReport(id, eventId, body(form)));
    }

    @POST
    @Path("/{id}/deadlines/{deadlineId}/met")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deadlineMet(@PathParam("id") UUID id, @PathParam("deadlineId") UUID deadlineId,
                                MultivaluedMap<String, String> form) {
        return act(id, "met-" + deadlineId, form, "met", () -> cases.deadlineMet(id, deadlineId, body(form)));
    }

    /** The Form FDA 3926 draft (08/22 edition) as case-service renders it, from intake's record of the request. */
    @GET
    @Path("/{id}/form-3926.pdf")
    @Produces("application/pdf")
    public Response form3926(@PathParam("id") UUID id) {
        byte[] pdf = Upstream.call(CASES, () -> cases.form3926Pdf(id));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"form-3926-draft.pdf\"").build();
    }

    private ObjectNode body(MultivaluedMap<String, String> form) {
        return FormJson.build(form, INTEGERS, DECIMALS, BOOLEANS);
    }

    private Response act(UUID id, String formId, MultivaluedMap<String, String> form, String done, Supplier<?> call) {
        try {
            Upstream.call(CASES, call::get);
            return Html.seeOther("/cases/" + id + "?done=" + done + "#" + anchor(done));
        } catch (FormJson.Unreadable e) {
            return Html.status(400, render(id, CaseForms.refused(formId, form, Map.of(e.path(), e.getMessage()),
                    "A value could not be read; nothing was changed.")));
        } catch (ApiProblem p) {
            if (p.status() == 404) {
                throw p;
            }
            Map<String, String> errors = new LinkedHashMap<>();
            for (Problem.FieldError e : p.problem().fieldErrors()) {
                errors.put(e.field(), e.message());
            }
            return Html.status(p.status(), render(id, CaseForms.refused(formId, form, errors, plain(p))));
        } catch (ServiceUnavailable e) {
            return Html.status(503, render(id, CaseForms.refused(formId, form, Map.of(),
                    e.service() + " is unavailable; what you typed is kept below; try again.")));
        }
    }

    private static String anchor(String done) {
        return switch (done) {
            case "gate" -> "gates";
            case "session" -> "treatment";
            case "ae", "report" -> "adverse-events";
            case "met" -> "deadlines";
            default -> "top";
        };
    }

    /** The problem in plain words: its detail, and for a move nobody may make the moves that are allowed. */
    static String plain(ApiProblem p) {
        Problem problem = p.problem();
        String text = problem.detail() != null ? problem.detail() : problem.title();
        if (problem.status() == 403) {
            text = "Your role may not do this on this case. Nothing was changed.";
        }
        if (problem.allowed() != null && !problem.allowed().isEmpty()) {
            text += " Moves allowed now: " + String.join(", ", problem.allowed()) + ".";
        }
        return text;
    }

    TemplateInstance render(UUID id, CaseForms forms) {
        CaseApi.CaseDetail detail = Upstream.call(CASES, () -> cases.get(id));
        String status = detail.summary().status();
        StringBuilder down = new StringBuilder();
        CaseApi.TreatmentView treatment = null;
        if (detail.treatment() != null && detail.treatment().startedOn() != null) {
            treatment = optional(down, CASES, () -> cases.treatment(id));
        }
        List<CaseApi.AdverseEvent> events = AFTER_SHIPMENT.contains(status)
                ? optional(down, CASES, () -> cases.adverseEvents(id)) : List.of();
        List<CaseApi.AuditEntry> timeline = optional(down, CASES, () -> cases.audit(id));
        EligibilityApi.Eligibility screening = optional(down, ELIGIBILITY,
                () -> eligibility.get(detail.summary().requestId()));
        CasePage page = new CasePage(detail, treatment, events == null ? List.of() : events,
                timeline == null ? List.of() : timeline, screening, down.isEmpty() ? null : down.toString());
        return Templates.kase(page, forms, Actions.of(detail, viewer, GATE_STATES.contains(status),
                AFTER_SHIPMENT.contains(status)));
    }

    private static <T> T optional(StringBuilder down, String service, Supplier<T> call) {
        try {
            return Upstream.call(service, call);
        } catch (ServiceUnavailable e) {
            if (down.indexOf(service) < 0) {
                down.append(down.isEmpty() ? "" : " ").append(service).append(" is unavailable; part of this page is missing; try again.");
            }
            return null;
        } catch (ApiProblem e) {
            return null;
        }
    }

}
