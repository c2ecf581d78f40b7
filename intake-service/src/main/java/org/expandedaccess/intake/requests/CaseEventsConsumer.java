package org.expandedaccess.intake.requests;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.expandedaccess.platform.inbox.Inbox;
import org.expandedaccess.platform.inbox.InboxConsumer;
import org.expandedaccess.platform.inbox.IncomingEvent;
import org.expandedaccess.platform.inbox.PoisonMessageException;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/**
 * Learns from case-service when a case is decided, which ends the amendment window: the {@code decided} fact of
 * org.expandedaccess.case.status-changed.v1 on ea.cases, so intake needs no copy of case-service's states.
 * Applied once per event.
 */
@ApplicationScoped
public class CaseEventsConsumer implements InboxConsumer {

    static final String STATUS_CHANGED = "org.expandedaccess.case.status-changed.v1";
    record CaseStatusChanged(UUID requestId, Boolean decided, OffsetDateTime changedAt) {
    }

    private final Inbox inbox;
    private final RequestService requests;

    CaseEventsConsumer(Inbox inbox, RequestService requests) {
        this.inbox = inbox;
        this.requests = requests;
    }

    @Incoming("cases")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return inbox.consume(message, "cases", this);
    }

    @Override
    public Set<String> channels() {
        return Set.of("cases");
    }

    @Override
    public void apply(String channel, IncomingEvent event) {
        if (!STATUS_CHANGED.equals(event.type())) {
            return;
        }
        CaseStatusChanged change = inbox.dataAs(event, CaseStatusChanged.class);
        if (change.requestId() == null || change.decided() == null) {
            throw new PoisonMessageException("CaseStatusChanged lacks requestId or decided");
        }
        if (change.decided()) {
            requests.caseDecided(change.requestId(),
                    change.changedAt() != null ? change.changedAt() : OffsetDateTime.now(ZoneOffset.UTC));
        }
    }
}
