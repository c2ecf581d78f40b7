package org.expandedaccess.portal.cases;

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
import org.expandedaccess.portal.api.Upstream;
import org.expandedaccess.portal.web.Html;
import org.expandedaccess.portal.web.Viewer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Screening of a case: every criterion with evidence and source, the reviewer's override, the history; and the audit trail. */
@Path("/cases/{id}")
@Authenticated
@Produces(Html.TYPE)
public class ScreeningResource {

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance screening(CaseApi.CaseSummary kase, EligibilityApi.Eligibility current,
                                                 List<EligibilityApi.Determination> history, CaseForms forms,
                                                 boolean mayOverride, String done);

        static native TemplateInstance audit(CaseApi.CaseSummary kase, List<CaseApi.AuditEntry> entries,
                                             CaseApi.AuditVerification verification);
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
    @Path("/screening")
    public Response screening(@PathParam("id") UUID id, @QueryParam("done") String done) {
        return Html.ok(render(id, CaseForms.none(), done != null ? "The override is recorded beside the automatic result." : null));
    }

    @POST
    @Path("/screening/review")
    @RolesAllowed(Viewer.REVIEWER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response review(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
        CaseApi.CaseDetail kase = Upstream.call(CaseResource.CASES, () -> cases.get(id));
        try {
            Upstream.call(CaseResource.ELIGIBILITY, () -> eligibility.review(kase.summary().requestId(),
                    new EligibilityApi.ReviewRequest(blankToNull(form.getFirst("outcome")),
                            blankToNull(form.getFirst("justification")))));
            return Html.seeOther("/cases/" + id + "/screening?done");
        } catch (ApiProblem p) {
            if (p.status() == 404) {
                throw p;
            }
            Map<String, String> errors = new LinkedHashMap<>();
            for (Problem.FieldError e : p.problem().fieldErrors()) {
                errors.put(e.field().replaceFirst("^.*\\.", ""), e.message());
            }
            return Html.status(p.status(), render(id, CaseForms.refused("review", form, errors, CaseResource.plain(p)), null));
        }
    }

    @GET
    @Path("/audit")
    public Response audit(@PathParam("id") UUID id, @QueryParam("verify") String verify) {
        CaseApi.CaseDetail kase = Upstream.call(CaseResource.CASES, () -> cases.get(id));
        List<CaseApi.AuditEntry> entries = Upstream.call(CaseResource.CASES, () -> cases.audit(id));
        CaseApi.AuditVerification verification = verify == null ? null
                : Upstream.call(CaseResource.CASES, () -> cases.verify(id));
        return Html.ok(Templates.audit(kase.summary(), entries, verification));
    }

    private TemplateInstance render(UUID id, CaseForms forms, String done) {
        CaseApi.CaseDetail kase = Upstream.call(CaseResource.CASES, () -> cases.get(id));
        UUID requestId = kase.summary().requestId();
        EligibilityApi.Eligibility current = null;
        List<EligibilityApi.Determination> history = List.of();
        try {
            current = Upstream.call(CaseResource.ELIGIBILITY, () -> eligibility.get(requestId));
            history = Upstream.call(CaseResource.ELIGIBILITY, () -> eligibility.history(requestId));
        } catch (ApiProblem e) {
            // not screened yet: the page says so
        }
        boolean mayOverride = viewer.reviewer() && current != null && current.determination() != null && !current.withdrawn();
        return Templates.screening(kase.summary(), current, history, forms, mayOverride, done);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
