package org.expandedaccess.notifications.inbox;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Multi;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.openapi.annotations.Operation;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.expandedaccess.notifications.recipients.NotificationsConfig;
import org.expandedaccess.platform.paging.Paging;
import org.expandedaccess.platform.problem.Problem;
import org.expandedaccess.platform.security.Caller;
import org.expandedaccess.platform.security.CurrentCaller;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Path("/api/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inbox")
@Authenticated
public class NotificationResource {

    private final NotificationService service;
    private final InboxStream stream;
    private final CurrentCaller current;
    private final Duration keepAlive;

    NotificationResource(NotificationService service, InboxStream stream, CurrentCaller current,
                         NotificationsConfig config) {
        this.service = service;
        this.stream = stream;
        this.current = current;
        this.keepAlive = config.stream().keepAlive();
    }

    public record UnreadCount(@Schema(example = "3") long unread) {
    }

    @GET
    @Operation(operationId = "listNotifications", summary = "My inbox", description = "The signed-in user's own items, and their team's (triagers, medical"
            + " reviewers) or client's (integrators), newest first.")
    @APIResponse(responseCode = "200", description = "One page of notifications",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NotificationView[].class),
                    examples = @ExampleObject(name = "one unread item", value = Examples.INBOX)))
    public List<NotificationView> inbox(@QueryParam("unread") @DefaultValue("false") boolean unreadOnly,
                                        @Valid @BeanParam Paging paging) {
        return service.inbox(keys(), unreadOnly, paging.page, paging.size);
    }

    @GET
    @Path("/unread-count")
    @Operation(operationId = "countUnreadNotifications", summary = "How many of my items are unread",
            description = "Counts the caller's own inbox and their role's team inbox, as listNotifications with unread=true would.")
    @APIResponse(responseCode = "200", description = "The count",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnreadCount.class),
                    examples = @ExampleObject(name = "three unread", value = Examples.UNREAD)))
    public UnreadCount unreadCount() {
        return new UnreadCount(service.unreadCount(keys()));
    }

    @POST
    @Path("/{id}/read")
    @Operation(operationId = "markNotificationRead", summary = "Mark an item read", description = "Someone else's item answers 404. A team item is read for the whole team.")
    @APIResponse(responseCode = "200", description = "The item, now read",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NotificationView.class),
                    examples = @ExampleObject(name = "read", value = Examples.NOTIFICATION_READ)))
    @APIResponse(responseCode = "404", description = "No such item in the caller's inboxes",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public NotificationView markRead(@PathParam("id") UUID id) {
        return service.markRead(keys(), id);
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(operationId = "streamNotifications", summary = "My new items, live (Server-Sent Events)",
            description = "First an event named `ready` (from then on nothing new is missed), then one event named"
                    + " `notification` per new item of the caller's inboxes, its data the item as JSON, its id the"
                    + " item's id; a comment every 25 s keeps the connection open. After a reconnect, reload the list.")
    @APIResponse(responseCode = "200", description = "text/event-stream",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS,
                    examples = @ExampleObject(name = "one new item (an event of the stream)", value = Examples.STREAM_EVENT)))
    public Multi<OutboundSseEvent> stream(@Context Sse sse) {
        Set<String> keys = keys();
        Multi<OutboundSseEvent> updates = stream.subscribe(keys).map(update -> update instanceof InboxStream.NewItem n
                ? sse.newEventBuilder().name("notification").id(n.item().id().toString())
                .mediaType(MediaType.APPLICATION_JSON_TYPE).data(NotificationView.class, n.item()).build()
                : sse.newEventBuilder().name("ready").data("{}").mediaType(MediaType.APPLICATION_JSON_TYPE).build());
        Multi<OutboundSseEvent> keepAlives = Multi.createFrom().ticks().every(keepAlive)
                .map(t -> sse.newEventBuilder().comment("keep-alive").build());
        return Multi.createBy().merging().streams(updates, keepAlives);
    }

    private Set<String> keys() {
        return InboxKeys.of(current.get());
    }
}
