package org.expandedaccess.portal.inbox;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.expandedaccess.portal.api.NotificationApi;
import org.expandedaccess.portal.api.Upstream;
import org.expandedaccess.portal.api.UserToken;
import org.expandedaccess.portal.web.Html;

import java.util.List;
import java.util.UUID;

/** The in-app inbox: the list, mark read, and the live stream that raises the badge on every page. */
@Path("/inbox")
@Authenticated
@Produces(Html.TYPE)
public class InboxResource {

    static final String NOTIFICATIONS = "The notification service";

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance inbox(List<NotificationApi.Notification> items, long unread);

        static native TemplateInstance inbox$items(List<NotificationApi.Notification> items);

        static native TemplateInstance item(NotificationApi.Notification n, long unread);
    }

    @Inject
    @RestClient
    NotificationApi notifications;

    @Inject
    SecurityIdentity identity;

    @GET
    public Response inbox() {
        List<NotificationApi.Notification> items = Upstream.call(NOTIFICATIONS, () -> notifications.notifications(null, 0, 50));
        long unread = Upstream.call(NOTIFICATIONS, () -> notifications.unreadCount()).unread();
        return Html.ok(Templates.inbox(items, unread));
    }

    @GET
    @Path("/items")
    public Response items() {
        return Html.ok(Templates.inbox$items(Upstream.call(NOTIFICATIONS, () -> notifications.notifications(null, 0, 50))));
    }

    @POST
    @Path("/{id}/read")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response read(@PathParam("id") UUID id, @jakarta.ws.rs.HeaderParam("HX-Request") String htmx) {
        NotificationApi.Notification n = Upstream.call(NOTIFICATIONS, () -> notifications.markRead(id));
        if (htmx == null) {
            return Html.seeOther("/inbox");
        }
        long unread = Upstream.call(NOTIFICATIONS, () -> notifications.unreadCount()).unread();
        return Html.ok(Templates.item(n, unread));
    }

    /**
     * Server-Sent Events for the browser: notification-service's stream for this user, relayed. The token is
     * read now, while the request is served; it travels only in the header of the call to the service.
     */
    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<OutboundSseEvent> stream(@Context Sse sse) {
        String authorization = "Bearer " + UserToken.current(identity);
        return notifications.stream(authorization)
                .map(e -> e.name() == null
                        // the service's keep-alives stay keep-alives (comments), so no page reacts to them
                        ? sse.newEventBuilder().comment("keep-alive").build()
                        : sse.newEventBuilder().name(e.name()).data(e.data() == null ? "" : e.data()).build());
    }
}
