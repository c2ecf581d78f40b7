package org.expandedaccess.portal.web;

import io.quarkus.logging.Log;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import org.expandedaccess.portal.api.ApiProblem;
import org.expandedaccess.portal.api.ServiceUnavailable;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Pages for what went wrong. A case or request that does not exist and one that belongs to someone else
 * give the same "not found" page (the services answer 404 for both). Logs name the service and status only.
 */
public class ErrorPages {

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance notFound();

        static native TemplateInstance forbidden();

        static native TemplateInstance unavailable(String service);

        static native TemplateInstance problem(String message);
    }

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem e) {
        Log.debugf("%s answered %d", e.service(), e.status());
        return switch (e.status()) {
            case 404 -> Html.status(404, Templates.notFound());
            case 403 -> Html.status(403, Templates.forbidden());
            case 401 -> Html.seeOther("/logout");
            default -> Html.status(e.status(), Templates.problem(
                    e.problem().detail() != null ? e.problem().detail() : e.problem().title()));
        };
    }

    @ServerExceptionMapper
    public Response unavailable(ServiceUnavailable e) {
        Log.warnf("%s is unavailable: %s", e.service(), e.getCause() == null ? "no answer" : e.getCause().getClass().getSimpleName());
        return Response.fromResponse(Html.status(503, Templates.unavailable(e.service()))).header("Retry-After", "5").build();
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return Html.status(404, Templates.notFound());
    }
}
