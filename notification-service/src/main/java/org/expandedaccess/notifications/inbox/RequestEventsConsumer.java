package org.expandedaccess.notifications.inbox;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.expandedaccess.platform.inbox.Inbox;
import org.expandedaccess.platform.inbox.IncomingEvent;

import java.util.concurrent.CompletionStage;

/** Puts a "request received" item in the submitting physician's inbox, once per event. */
@ApplicationScoped
public class RequestEventsConsumer {

    private final Inbox inbox;
    private final NotificationService notifications;

    RequestEventsConsumer(Inbox inbox, NotificationService notifications) {
        this.inbox = inbox;
        this.notifications = notifications;
    }

    @Incoming("requests")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return inbox.consume(message, "notification-service.requests", this::apply);
    }

    void apply(IncomingEvent event) {
        if (RequestSubmitted.TYPE.equals(event.type())) {
            notifications.requestReceived(event, inbox.dataAs(event, RequestSubmitted.class));
        }
        // tolerant reader: event types this service does not act on are recorded and skipped
    }
}
