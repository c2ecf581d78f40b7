package org.expandedaccess.portal.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.expandedaccess.portal.api.CaseApi;
import org.expandedaccess.portal.api.IntakeApi;
import org.expandedaccess.portal.api.ServiceUnavailable;
import org.expandedaccess.portal.api.Upstream;
import org.expandedaccess.portal.cases.CaseRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The physician's home: drafts, submissions and cases with what blocks each and what is due; others go to their start page. */
@Path("/")
@Authenticated
@Produces(Html.TYPE)
public class HomeResource {

    private static final Set<String> FINISHED = Set.of("CLOSED", "DECLINED", "WITHDRAWN");

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance home(List<IntakeApi.RequestView> drafts, List<IntakeApi.RequestView> opening,
                                            List<CaseRow> cases, String unavailable);

        static native TemplateInstance home$cases(List<CaseRow> cases);

        static native TemplateInstance nothing();
    }

    @Inject
    Viewer viewer;

    @Inject
    @RestClient
    IntakeApi intake;

    @Inject
    @RestClient
    CaseApi cases;

    @GET
    public Response home() {
        if (!viewer.physician()) {
            if (viewer.seesAll()) {
                return Html.seeOther("/queue");
            }
            if (viewer.integrator()) {
                return Html.seeOther("/webhooks");
            }
            return Html.ok(Templates.nothing());
        }
        return Html.ok(physicianHome());
    }

    /** The list of cases alone, refreshed live when an inbox event arrives. */
    @GET
    @Path("home/cases")
    public Response casesFragment() {
        return Html.ok(Templates.home$cases(
                rows(Upstream.call("The case service", () -> cases.list(null, null, null, null, null, null, 0, 100)))));
    }

    private TemplateInstance physicianHome() {
        List<String> down = new ArrayList<>();
        List<IntakeApi.RequestView> requests = List.of();
        List<CaseApi.CaseSummary> mine = List.of();
        try {
            requests = Upstream.call("The intake service", () -> intake.list(null, 0, 100));
        } catch (ServiceUnavailable e) {
            down.add(e.service());
        }
        try {
            mine = Upstream.call("The case service", () -> cases.list(null, null, null, null, null, null, 0, 100));
        } catch (ServiceUnavailable e) {
            down.add(e.service());
        }
        Set<UUID> withCase = mine.stream().map(CaseApi.CaseSummary::requestId).collect(Collectors.toSet());
        List<IntakeApi.RequestView> drafts = requests.stream().filter(IntakeApi.RequestView::draft).toList();
        List<IntakeApi.RequestView> opening = requests.stream()
                .filter(r -> "SUBMITTED".equals(r.status()) && !withCase.contains(r.requestId())).toList();
        return Templates.home(drafts, opening, rows(mine),
                down.isEmpty() ? null : String.join(" and ", down) + " is unavailable; nothing is lost; try again.");
    }

    private List<CaseRow> rows(List<CaseApi.CaseSummary> list) {
        List<CaseRow> rows = new ArrayList<>();
        int details = 0;
        for (CaseApi.CaseSummary c : list) {
            CaseApi.CaseDetail detail = null;
            // the detail says what blocks a case and when it is due; enough for the cases a physician follows
            if (!FINISHED.contains(c.status()) && details++ < 25) {
                try {
                    detail = Upstream.call("The case service", () -> cases.get(c.id()));
                } catch (RuntimeException e) {
                    detail = null;
                }
            }
            rows.add(CaseRow.of(c, detail));
        }
        return rows;
    }
}
