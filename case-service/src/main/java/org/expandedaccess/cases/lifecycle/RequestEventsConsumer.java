package org.expandedaccess.cases.lifecycle;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.expandedaccess.platform.inbox.Inbox;
import org.expandedaccess.platform.inbox.IncomingEvent;

import java.util.concurrent.CompletionStage;

/** Opens a case for every submitted request; each event is applied once (idempotent inbox). */
@ApplicationScoped
public class RequestEventsConsumer {

    private final Inbox inbox;
    private final CaseService cases;

    RequestEventsConsumer(Inbox inbox, CaseService cases) {
        this.inbox = inbox;
        this.cases = cases;
    }

    @Incoming("requests")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return inbox.consume(message, "case-service.requests", this::apply);
    }

    void apply(IncomingEvent event) {
        if (RequestSubmitted.TYPE.equals(event.type())) {
            cases.open(inbox.dataAs(event, RequestSubmitted.class));
        }
        // tolerant reader: event types this service does not act on are recorded and skipped
    }
}
