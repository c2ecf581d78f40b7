package org.expandedaccess.portal.queue;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.expandedaccess.portal.api.CaseApi;
import org.expandedaccess.portal.api.Upstream;
import org.expandedaccess.portal.web.Html;
import org.expandedaccess.portal.web.Viewer;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The sponsor's queue (and the auditor's list of every case): emergencies first, then the nearest due date,
 * as case-service orders it; filters, paging and the summary counts.
 */
@Path("/queue")
@RolesAllowed({Viewer.TRIAGER, Viewer.REVIEWER, Viewer.AUDITOR})
@Produces(Html.TYPE)
public class QueueResource {

    static final int PAGE = 20;
    static final List<String> STATUSES = List.of("SUBMITTED", "SCREENING", "UNDER_REVIEW", "INFO_REQUESTED", "APPROVED",
            "AUTHORIZING", "READY_TO_SHIP", "SHIPPED", "IN_TREATMENT", "TREATMENT_COMPLETED", "CLOSED", "DECLINED",
            "WITHDRAWN");

    /** The filters as chosen; blank means any. {@code assignee} "-" means unassigned, "me" the viewer. */
    public record Filter(String status, String emergency, String assignee, String outcome, String overdue, int page) {

        public String query(int toPage) {
            StringBuilder q = new StringBuilder("?page=").append(toPage);
            add(q, "status", status);
            add(q, "emergency", emergency);
            add(q, "assignee", assignee);
            add(q, "outcome", outcome);
            add(q, "overdue", overdue);
            return q.toString();
        }

        private static void add(StringBuilder q, String name, String value) {
            if (value != null && !value.isBlank()) {
                q.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
    }

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance queue(CaseApi.QueueSummary summary, List<CaseApi.CaseSummary> cases, Filter filter,
                                             boolean hasNext, List<String> statuses);
    }

    @Inject
    @RestClient
    CaseApi cases;

    @Inject
    Viewer viewer;

    @GET
    public Response queue(@QueryParam("status") String status, @QueryParam("emergency") String emergency,
                          @QueryParam("assignee") String assignee, @QueryParam("outcome") String outcome,
                          @QueryParam("overdue") String overdue, @QueryParam("page") Integer page) {
        int p = page == null || page < 0 ? 0 : page;
        Filter filter = new Filter(blank(status), blank(emergency), blank(assignee), blank(outcome), blank(overdue), p);
        String who = filter.assignee() == null ? null : "-".equals(filter.assignee()) ? ""
                : "me".equals(filter.assignee()) ? viewer.username() : filter.assignee();
        List<CaseApi.CaseSummary> found = Upstream.call("The case service", () -> cases.list(
                filter.status() == null ? null : List.of(filter.status()), bool(filter.emergency()), who,
                filter.outcome(), bool(filter.overdue()), null, p, PAGE + 1));
        CaseApi.QueueSummary summary = Upstream.call("The case service", () -> cases.summary());
        boolean hasNext = found.size() > PAGE;
        return Html.ok(Templates.queue(summary, hasNext ? new ArrayList<>(found.subList(0, PAGE)) : found, filter,
                hasNext, STATUSES));
    }

    private static Boolean bool(String s) {
        return s == null ? null : Boolean.valueOf(s);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
