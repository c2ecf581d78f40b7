package org.expandedaccess.cases.lifecycle;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.expandedaccess.platform.inbox.Inbox;

import java.util.concurrent.CompletionStage;

/** Request and eligibility events drive the case lifecycle; each event is applied once (idempotent inbox). */
@ApplicationScoped
public class RequestEventsConsumer {

    private final Inbox inbox;
    private final CaseEventHandler handler;

    RequestEventsConsumer(Inbox inbox, CaseEventHandler handler) {
        this.inbox = inbox;
        this.handler = handler;
    }

    @Incoming("requests")
    @Blocking
    public CompletionStage<Void> requests(Message<String> message) {
        return inbox.consume(message, "case-service.requests", handler::handle);
    }

    @Incoming("eligibility")
    @Blocking
    public CompletionStage<Void> eligibility(Message<String> message) {
        return inbox.consume(message, "case-service.eligibility", handler::handle);
    }
}
