package org.expandedaccess.cases.lifecycle;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.expandedaccess.platform.inbox.Inbox;
import org.expandedaccess.platform.inbox.InboxConsumer;
import org.expandedaccess.platform.inbox.IncomingEvent;

import java.util.Set;
import java.util.concurrent.CompletionStage;

/** Request and eligibility events drive the case lifecycle; each event is applied once (idempotent inbox). */
@ApplicationScoped
public class RequestEventsConsumer implements InboxConsumer {

    private final Inbox inbox;
    private final CaseEventHandler handler;

    RequestEventsConsumer(Inbox inbox, CaseEventHandler handler) {
        this.inbox = inbox;
        this.handler = handler;
    }

    @Incoming("requests")
    @Blocking
    public CompletionStage<Void> requests(Message<String> message) {
        return inbox.consume(message, "requests", this);
    }

    @Incoming("eligibility")
    @Blocking
    public CompletionStage<Void> eligibility(Message<String> message) {
        return inbox.consume(message, "eligibility", this);
    }

    @Override
    public Set<String> channels() {
        return Set.of("requests", "eligibility");
    }

    @Override
    public void apply(String channel, IncomingEvent event) {
        handler.handle(event);
    }
}
