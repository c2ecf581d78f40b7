package org.expandedaccess.notifications.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.expandedaccess.notifications.email.EmailOutbox;
import org.expandedaccess.notifications.inbox.NotificationService;
import org.expandedaccess.notifications.recipients.Directory;
import org.expandedaccess.notifications.rules.Channel;
import org.expandedaccess.notifications.rules.EventFacts;
import org.expandedaccess.notifications.rules.KnownRequest;
import org.expandedaccess.notifications.rules.Message;
import org.expandedaccess.notifications.rules.Messages;
import org.expandedaccess.notifications.rules.Route;
import org.expandedaccess.notifications.rules.RoutingTable;
import org.expandedaccess.notifications.webhooks.WebhookOutbox;

/**
 * Turns one consumed event into durable outbound rows (e-mails, inbox items, webhook deliveries),
 * following the {@link RoutingTable}, in the inbox transaction: the event is marked processed only
 * together with everything it must cause, and the rows are sent after commit. Nothing is sent from
 * here, so a crash between consuming and sending loses nothing.
 */
@ApplicationScoped
public class NotificationRouter {

    private final KnownRequests known;
    private final DeferredEvents deferred;
    private final Directory directory;
    private final EmailOutbox email;
    private final NotificationService inbox;
    private final WebhookOutbox webhooks;
    private final String linksBaseUrl;

    NotificationRouter(KnownRequests known, DeferredEvents deferred, Directory directory, EmailOutbox email,
                       NotificationService inbox, WebhookOutbox webhooks,
                       LinksConfig links) {
        this.known = known;
        this.deferred = deferred;
        this.directory = directory;
        this.email = email;
        this.inbox = inbox;
        this.webhooks = webhooks;
        this.linksBaseUrl = links.baseUrl().replaceAll("/+$", "");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void route(EventFacts facts) {
        KnownRequest now = known.learn(facts.knowledge());
        if (deliver(facts.enrichedWith(now))) {
            deferred.resolved(facts.eventId());
        } else {
            deferred.defer(facts);
        }
        for (EventFacts waiting : deferred.waitingFor(facts.requestId(), facts.eventId())) {
            if (deliver(waiting.enrichedWith(now))) {
                deferred.resolved(waiting.eventId());
            }
        }
    }

    /** Writes every row this event calls for; false if some audience is not known yet. */
    private boolean deliver(EventFacts f) {
        boolean complete = true;
        String link = linkTo(f);
        for (Route route : RoutingTable.routesFor(f)) {
            switch (route.audience()) {
                case SUBMITTING_CLIENT -> {
                    if (f.clientKnown()) {
                        webhooks.enqueue(f);
                    } else {
                        complete = false;
                    }
                    continue;
                }
                case PHYSICIAN -> {
                    if (f.physicianUsername() == null) {
                        complete = false;
                        continue;
                    }
                }
                default -> {
                }
            }
            Message message = Messages.compose(f, route.audience(), link);
            if (route.channels().contains(Channel.EMAIL)) {
                for (String address : directory.emailsOf(route.audience(), f.physicianUsername())) {
                    email.enqueue(f.eventId(), f.type().ceType(), address, message);
                }
            }
            if (route.channels().contains(Channel.INBOX)) {
                inbox.add(directory.inboxOf(route.audience(), f.physicianUsername()), f.eventId(), f.type().ceType(), message);
            }
        }
        return complete;
    }

    /** The case in case-service when its id is known, else the physician's case list filtered to the request. */
    private String linkTo(EventFacts f) {
        return f.caseId() != null ? linksBaseUrl + "/api/v1/cases/" + f.caseId()
                : linksBaseUrl + "/api/v1/cases?requestId=" + f.requestId();
    }
}
