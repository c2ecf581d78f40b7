package org.expandedaccess.notifications.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.expandedaccess.notifications.rules.EventFacts;
import org.expandedaccess.notifications.rules.EventType;
import org.expandedaccess.platform.inbox.Inbox;
import org.expandedaccess.platform.inbox.InboxConsumer;
import org.expandedaccess.platform.inbox.IncomingEvent;
import org.expandedaccess.platform.inbox.PoisonMessageException;
import org.jboss.logging.Logger;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * The three Kafka consumers. Each message is applied once (platform inbox: de-duplicated by
 * CloudEvents id in the same transaction as the rows it causes); unknown types are recorded and
 * skipped (tolerant reader); a message that cannot be read goes to its topic's dead-letter topic.
 */
@ApplicationScoped
public class EventConsumers implements InboxConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumers.class);

    private final Inbox inbox;
    private final NotificationRouter router;

    EventConsumers(Inbox inbox, NotificationRouter router) {
        this.inbox = inbox;
        this.router = router;
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

    @Incoming("cases")
    @Blocking
    public CompletionStage<Void> cases(Message<String> message) {
        return inbox.consume(message, "cases", this);
    }

    @Override
    public Set<String> channels() {
        return Set.of("requests", "eligibility", "cases");
    }

    @Override
    public void apply(String channel, IncomingEvent event) {
        apply(event);
    }

    void apply(IncomingEvent event) {
        Optional<EventType> type = EventType.ofCeType(event.type());
        if (type.isEmpty()) {
            return;
        }
        EventFacts facts = switch (type.get()) {
            case REQUEST_SUBMITTED, REQUEST_AMENDED, REQUEST_WITHDRAWN ->
                    inbox.dataAs(event, RequestEvent.class).facts(event, type.get());
            case ELIGIBILITY_DETERMINED, ELIGIBILITY_OVERRIDDEN ->
                    inbox.dataAs(event, EligibilityEvent.class).facts(event, type.get());
            case CASE_OPENED, CASE_STATUS_CHANGED, CASE_DEADLINE_APPROACHING, CASE_DEADLINE_MISSED,
                    CASE_ADVERSE_EVENT_RECORDED -> inbox.dataAs(event, CaseEvent.class).facts(event, type.get());
        };
        check(facts);
        try {
            router.route(facts);
        } catch (RuntimeException e) {
            // the platform inbox logs the message only; the trace tells a bug from an outage (no payload in it)
            LOG.errorf(e, "event %s of type %s could not be applied", event.id(), event.type());
            throw e;
        }
    }

    private static void check(EventFacts f) {
        if (f.requestId() == null) {
            throw new PoisonMessageException("event " + f.eventId() + " of type " + f.type().ceType() + " has no requestId");
        }
        boolean caseEvent = f.type().name().startsWith("CASE_");
        if (caseEvent && (f.reference() == null || f.physicianUsername() == null && f.type() != EventType.CASE_STATUS_CHANGED)) {
            throw new PoisonMessageException("case event " + f.eventId() + " lacks reference or physician");
        }
        if ((f.type() == EventType.CASE_DEADLINE_APPROACHING || f.type() == EventType.CASE_DEADLINE_MISSED)
                && f.deadline() == null) {
            throw new PoisonMessageException("deadline event " + f.eventId() + " has no deadline");
        }
        if (f.type().name().startsWith("ELIGIBILITY_") && f.outcome() == null) {
            throw new PoisonMessageException("eligibility event " + f.eventId() + " has no outcome");
        }
    }
}
