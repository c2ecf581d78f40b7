package org.expandedaccess.eligibility.determinations;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.expandedaccess.platform.inbox.Inbox;
import org.expandedaccess.platform.inbox.InboxConsumer;
import org.expandedaccess.platform.inbox.IncomingEvent;

import java.util.Set;
import java.util.concurrent.CompletionStage;

/** Screens every submitted or amended request version and records withdrawals; each event is applied once. */
@ApplicationScoped
public class RequestEventsConsumer implements InboxConsumer {

    private final Inbox inbox;
    private final DeterminationService service;

    RequestEventsConsumer(Inbox inbox, DeterminationService service) {
        this.inbox = inbox;
        this.service = service;
    }

    @Incoming("requests")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return inbox.consume(message, "requests", this);
    }

    @Override
    public Set<String> channels() {
        return Set.of("requests");
    }

    @Override
    public void apply(String channel, IncomingEvent event) {
        switch (event.type()) {
            case RequestContent.SUBMITTED, RequestContent.AMENDED ->
                    service.requestVersion(inbox.dataAs(event, RequestContent.class), event.id(), event.type());
            case RequestWithdrawn.TYPE -> service.requestWithdrawn(inbox.dataAs(event, RequestWithdrawn.class), event.id());
            // tolerant reader: event types this service does not act on are recorded and skipped
            default -> { }
        }
    }
}
