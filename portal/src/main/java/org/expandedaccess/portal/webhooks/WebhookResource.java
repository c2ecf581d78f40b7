package org.expandedaccess.portal.webhooks;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.expandedaccess.portal.api.ApiProblem;
import org.expandedaccess.portal.api.NotificationApi;
import org.expandedaccess.portal.api.Problem;
import org.expandedaccess.portal.api.Upstream;
import org.expandedaccess.portal.cases.CaseForms;
import org.expandedaccess.portal.web.Html;
import org.expandedaccess.portal.web.Viewer;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Integrator administrators: webhook subscriptions (the secret shown once), deliveries, replay, re-enable. */
@Path("/webhooks")
@RolesAllowed(Viewer.INTEGRATOR)
@Produces(Html.TYPE)
public class WebhookResource {

    static final String NOTIFICATIONS = "The notification service";
    static final List<String> EVENT_TYPES = List.of(
            "org.expandedaccess.request.submitted.v1", "org.expandedaccess.request.amended.v1",
            "org.expandedaccess.request.withdrawn.v1", "org.expandedaccess.eligibility.determined.v1",
            "org.expandedaccess.eligibility.overridden.v1", "org.expandedaccess.case.opened.v1",
            "org.expandedaccess.case.status-changed.v1", "org.expandedaccess.case.deadline-approaching.v1",
            "org.expandedaccess.case.deadline-missed.v1", "org.expandedaccess.case.adverse-event-recorded.v1");

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance webhooks(List<NotificationApi.Webhook> webhooks, NotificationApi.Webhook created,
                                                CaseForms forms, List<String> eventTypes, String idempotencyKey);

        static native TemplateInstance webhook(NotificationApi.Webhook webhook, List<NotificationApi.Delivery> deliveries,
                                               String message);
    }

    @Inject
    @RestClient
    NotificationApi notifications;

    @GET
    public Response list() {
        return Html.ok(page(null, CaseForms.none()));
    }

    /** Answers the page itself (no redirect) so the secret is shown once and never travels in a URL. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> form) {
        List<String> types = form.getOrDefault("eventTypes", List.of()).stream().filter(t -> !t.isBlank()).toList();
        try {
            NotificationApi.Webhook created = Upstream.call(NOTIFICATIONS, () -> notifications.createWebhook(
                    form.getFirst("idempotencyKey"), new NotificationApi.WebhookRequest(form.getFirst("url"), types,
                            form.getFirst("description"))));
            return Response.status(201).type(Html.TYPE).header("Cache-Control", "no-store")
                    .entity(page(created, CaseForms.none()).render()).build();
        } catch (ApiProblem p) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (Problem.FieldError e : p.problem().fieldErrors()) {
                errors.put(e.field().replaceAll("\\[\\d+]", ""), e.message());
            }
            return Html.status(p.status(), page(null, CaseForms.refused("create", form, errors,
                    p.problem().detail() != null ? p.problem().detail() : p.problem().title())));
        }
    }

    @GET
    @Path("/{id}")
    public Response webhook(@PathParam("id") UUID id) {
        return Html.ok(detail(id, null));
    }

    @POST
    @Path("/{id}/enable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response enable(@PathParam("id") UUID id) {
        Upstream.call(NOTIFICATIONS, () -> notifications.enable(id));
        return Html.ok(detail(id, "The subscription is enabled again; waiting events flow now."));
    }

    @POST
    @Path("/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("id") UUID id) {
        Upstream.run(NOTIFICATIONS, () -> notifications.deleteWebhook(id));
        return Html.seeOther("/webhooks");
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/replay")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response replay(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        try {
            Upstream.call(NOTIFICATIONS, () -> notifications.replay(id, deliveryId));
            return Html.ok(detail(id, "The delivery is queued again (same webhook-id, a new signature)."));
        } catch (ApiProblem p) {
            if (p.status() == 404) {
                throw p;
            }
            return Html.status(p.status(), detail(id, p.problem().detail() != null ? p.problem().detail() : p.problem().title()));
        }
    }

    private TemplateInstance page(NotificationApi.Webhook created, CaseForms forms) {
        List<NotificationApi.Webhook> all = Upstream.call(NOTIFICATIONS, () -> notifications.webhooks());
        return Templates.webhooks(all, created, forms, EVENT_TYPES, UUID.randomUUID().toString());
    }

    private TemplateInstance detail(UUID id, String message) {
        NotificationApi.Webhook webhook = Upstream.call(NOTIFICATIONS, () -> notifications.webhook(id));
        List<NotificationApi.Delivery> deliveries = Upstream.call(NOTIFICATIONS, () -> notifications.deliveries(id, 0, 50));
        return Templates.webhook(webhook, deliveries, message);
    }

    static List<String> split(String s) {
        return s == null ? List.of() : Arrays.stream(s.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }
}
