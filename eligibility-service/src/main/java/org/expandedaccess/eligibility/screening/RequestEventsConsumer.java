package org.expandedaccess.eligibility.screening;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.expandedaccess.platform.inbox.Inbox;
import org.expandedaccess.platform.inbox.IncomingEvent;

import java.util.concurrent.CompletionStage;

/** Records a pending screening for every submitted request; each event is applied once. */
@ApplicationScoped
public class RequestEventsConsumer {

    private final Inbox inbox;
    private final ScreeningService screenings;

    RequestEventsConsumer(Inbox inbox, ScreeningService screenings) {
        this.inbox = inbox;
        this.screenings = screenings;
    }

    @Incoming("requests")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return inbox.consume(message, "eligibility-service.requests", this::apply);
    }

    void apply(IncomingEvent event) {
        if (RequestSubmitted.TYPE.equals(event.type())) {
            screenings.requestReceived(inbox.dataAs(event, RequestSubmitted.class));
        }
        // tolerant reader: event types this service does not act on are recorded and skipped
    }
}
