package org.expandedaccess.portal.requests;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.expandedaccess.portal.api.ApiProblem;
import org.expandedaccess.portal.api.CaseApi;
import org.expandedaccess.portal.api.IntakeApi;
import org.expandedaccess.portal.api.Problem;
import org.expandedaccess.portal.api.ServiceUnavailable;
import org.expandedaccess.portal.api.Upstream;
import org.expandedaccess.portal.web.Html;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** A physician's requests: the guided draft form with live checks, submission, amendment and withdrawal. */
@Path("/requests")
@RolesAllowed("physician")
@Produces(Html.TYPE)
public class RequestResource {

    private static final String CASES = "The case service";

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance edit(IntakeApi.RequestView draft, FormView form, DraftService.Checked checked,
                                            String unavailable);

        static native TemplateInstance checked(IntakeApi.RequestView draft, FormView form, DraftService.Checked checked,
                                               String unavailable);

        static native TemplateInstance submitted(IntakeApi.RequestView request);

        static native TemplateInstance caseLink(IntakeApi.RequestView request, CaseApi.CaseSummary kase);

        static native TemplateInstance view(IntakeApi.RequestView request, CaseApi.CaseSummary kase, boolean amendable,
                                            String withdrawReason, String withdrawError);

        static native TemplateInstance amend(IntakeApi.RequestView request, FormView form, String reason,
                                             String reasonError, String message);
    }

    @Inject
    @RestClient
    IntakeApi intake;

    @Inject
    @RestClient
    CaseApi cases;

    @Inject
    DraftService drafts;

    /** Starts an empty draft of the only program there is today and opens it. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create() {
        // every section present with empty fields, so completeness names each field from the start
        var empty = FormValues.fromForm(new jakarta.ws.rs.core.MultivaluedHashMap<>()).toContent(Set.of());
        IntakeApi.RequestView draft = Upstream.call(DraftService.INTAKE, () -> intake.create(empty));
        return Html.seeOther("/requests/" + draft.requestId() + "/edit");
    }

    @GET
    @Path("/{id}/edit")
    public Response edit(@PathParam("id") UUID id) {
        IntakeApi.RequestView draft = Upstream.call(DraftService.INTAKE, () -> intake.get(id));
        if (!draft.draft()) {
            return Html.seeOther("/requests/" + id);
        }
        FormValues values = FormValues.fromContent(draft.content());
        DraftService.Checked checked = drafts.current(draft, values);
        return Html.ok(Templates.edit(draft, FormView.of(values, checked.errors(), null), checked, null));
    }

    /** The same page after signing in again (the sign-in returns to the address that was posted to). */
    @GET
    @Path("/{id}/check")
    public Response checkAfterSignIn(@PathParam("id") UUID id) {
        return Html.seeOther("/requests/" + id + "/edit");
    }

    /** Live check while typing (htmx): saves what is valid, answers the status panel and each field's problem. */
    @POST
    @Path("/{id}/check")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response check(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        FormValues values = FormValues.fromForm(form);
        try {
            DraftService.Checked checked = drafts.save(id, values);
            return Response.ok(Templates.checked(checked.saved(), FormView.of(values, checked.errors(), null), checked,
                    null).render()).type(Html.TYPE).header("EA-Draft-Version", version(checked.saved()))
                    .header("EA-Invalid", checked.invalid())
                    // the page asks again by itself while the pre-screen could not be had
                    .header("EA-Retry", checked.prescreen() == null ? "true" : null).build();
        } catch (ServiceUnavailable e) {
            return Response.ok(Templates.checked(null, FormView.of(values, Map.of(), null), null,
                    e.service() + " is unavailable; your draft is kept; try again.").render()).type(Html.TYPE)
                    .header("EA-Invalid", "unavailable").header("EA-Retry", "true").build();
        }
    }

    /** Save (and add a row, or submit) without JavaScript, or submit with htmx. */
    @POST
    @Path("/{id}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") UUID id, MultivaluedMap<String, String> form,
                         @HeaderParam("HX-Request") String htmx) {
        String action = form.getFirst("action") == null ? "save" : form.getFirst("action");
        FormValues values = FormValues.fromForm(form);
        String add = action.startsWith("add:") ? action.substring(4) : null;
        DraftService.Checked checked;
        try {
            checked = drafts.save(id, values);
        } catch (ServiceUnavailable e) {
            return Html.status(503, Templates.edit(draftOrPlaceholder(id), FormView.of(values, Map.of(), add), null,
                    e.service() + " is unavailable; your draft is kept; try again."));
        }
        if ("submit".equals(action)) {
            if (checked.errors().isEmpty()) {
                try {
                    IntakeApi.RequestView submitted = Upstream.call(DraftService.INTAKE, () -> intake.submit(id));
                    if (htmx != null) {
                        return Html.ok(Templates.submitted(submitted));
                    }
                    return Html.seeOther("/requests/" + id + "?submitted");
                } catch (ApiProblem p) {
                    Map<String, String> errors = new LinkedHashMap<>(checked.errors());
                    p.problem().fieldErrors().forEach(e -> errors.put(values.formPath(e.field()), e.message()));
                    checked = new DraftService.Checked(checked.saved(), errors, checked.invalid(),
                            errors.size() - checked.invalid(), checked.prescreen(), checked.prescreenUnavailable());
                } catch (ServiceUnavailable e) {
                    return Html.status(503, Templates.edit(checked.saved(), FormView.of(values, checked.errors(), add),
                            checked, e.service() + " is unavailable; your draft is kept; try again."));
                }
            }
            if (htmx != null) {
                // htmx swaps only 2xx answers: the problems go to the status panel and beside each field
                return Response.ok(Templates.checked(checked.saved(), FormView.of(values, checked.errors(), null),
                                checked, null).render()).type(Html.TYPE)
                        .header("HX-Retarget", "#draft-status").header("HX-Reswap", "outerHTML").build();
            }
            return Html.status(422, Templates.edit(checked.saved(), FormView.of(values, checked.errors(), add), checked,
                    null));
        }
        return Html.ok(Templates.edit(checked.saved(), FormView.of(values, checked.errors(), add), checked, null));
    }

    @GET
    @Path("/{id}")
    public Response view(@PathParam("id") UUID id) {
        IntakeApi.RequestView request = Upstream.call(DraftService.INTAKE, () -> intake.get(id));
        if (request.draft()) {
            return Html.seeOther("/requests/" + id + "/edit");
        }
        return Html.ok(viewPage(request, null, null));
    }

    /** The case opened from this request, once there is one (htmx refreshes it on every inbox event). */
    @GET
    @Path("/{id}/case")
    public Response caseLink(@PathParam("id") UUID id) {
        IntakeApi.RequestView request = Upstream.call(DraftService.INTAKE, () -> intake.get(id));
        return Html.ok(Templates.caseLink(request, caseOf(id)));
    }

    @POST
    @Path("/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        String reason = form.getFirst("reason");
        try {
            Upstream.call(DraftService.INTAKE, () -> intake.withdraw(id, new IntakeApi.Reason(reason)));
            return Html.seeOther("/requests/" + id);
        } catch (ApiProblem p) {
            if (p.status() == 404) {
                throw p;
            }
            IntakeApi.RequestView request = Upstream.call(DraftService.INTAKE, () -> intake.get(id));
            return Html.status(p.status(), viewPage(request, reason, message(p, "reason")));
        }
    }

    @GET
    @Path("/{id}/amend")
    public Response amendForm(@PathParam("id") UUID id) {
        IntakeApi.RequestView request = Upstream.call(DraftService.INTAKE, () -> intake.get(id));
        return Html.ok(Templates.amend(request, FormView.of(FormValues.fromContent(request.content()), Map.of(), null),
                "", null, null));
    }

    @POST
    @Path("/{id}/amend")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response amend(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        FormValues values = FormValues.fromForm(form);
        String reason = form.getFirst("reason");
        String action = form.getFirst("action") == null ? "amend" : form.getFirst("action");
        IntakeApi.RequestView request = Upstream.call(DraftService.INTAKE, () -> intake.get(id));
        if (action.startsWith("add:")) {
            return Html.ok(Templates.amend(request, FormView.of(values, Map.of(), action.substring(4)), reason, null, null));
        }
        var content = values.toContent(Set.of());
        if (!values.parseErrors().isEmpty()) {
            return Html.status(400, Templates.amend(request, FormView.of(values, values.parseErrors(), null), reason, null,
                    "Some values could not be read; nothing was sent."));
        }
        try {
            Upstream.call(DraftService.INTAKE, () -> intake.amend(id, new IntakeApi.Amendment(reason, content)));
            return Html.seeOther("/requests/" + id + "?amended");
        } catch (ApiProblem p) {
            if (p.status() == 404) {
                throw p;
            }
            Map<String, String> errors = new LinkedHashMap<>();
            String reasonError = null;
            for (Problem.FieldError e : p.problem().fieldErrors()) {
                if ("reason".equals(e.field())) {
                    reasonError = e.message();
                } else {
                    errors.put(values.formPath(e.field().replaceFirst("^content\\.", "")), e.message());
                }
            }
            return Html.status(p.status(), Templates.amend(request, FormView.of(values, errors, null), reason, reasonError,
                    p.problem().fieldErrors().isEmpty() ? plain(p) : null));
        } catch (ServiceUnavailable e) {
            return Html.status(503, Templates.amend(request, FormView.of(values, Map.of(), null), reason, null,
                    e.service() + " is unavailable; your amendment is kept on this page; try again."));
        }
    }

    private TemplateInstance viewPage(IntakeApi.RequestView request, String reason, String reasonError) {
        CaseApi.CaseSummary kase = caseOf(request.requestId());
        boolean amendable = kase != null && "INFO_REQUESTED".equals(kase.status()) && request.decidedAt() == null;
        return Templates.view(request, kase, amendable, reason == null ? "" : reason, reasonError);
    }

    private CaseApi.CaseSummary caseOf(UUID requestId) {
        try {
            List<CaseApi.CaseSummary> found = Upstream.call(CASES,
                    () -> cases.list(null, null, null, null, null, requestId.toString(), 0, 1));
            return found.isEmpty() ? null : found.get(0);
        } catch (ServiceUnavailable e) {
            return null;
        }
    }

    private IntakeApi.RequestView draftOrPlaceholder(UUID id) {
        return new IntakeApi.RequestView(id, "DRAFT", 0, "mdma-ptsd", false, null, null, null, null, null, null, null,
                null, null);
    }

    private static String version(IntakeApi.RequestView saved) {
        return saved == null || saved.updatedAt() == null ? "" : saved.updatedAt().toString();
    }

    static String message(ApiProblem p, String field) {
        return p.problem().fieldErrors().stream().filter(e -> field.equals(e.field())).map(Problem.FieldError::message)
                .findFirst().orElse(plain(p));
    }

    static String plain(ApiProblem p) {
        Problem problem = p.problem();
        return problem.detail() != null ? problem.detail() : problem.title();
    }
}
