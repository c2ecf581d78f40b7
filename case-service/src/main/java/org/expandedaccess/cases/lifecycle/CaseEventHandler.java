package org.expandedaccess.cases.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.expandedaccess.cases.audit.Actor;
import org.expandedaccess.platform.inbox.Inbox;
import org.expandedaccess.platform.inbox.IncomingEvent;
import org.expandedaccess.platform.security.Caller;

/**
 * Applies request and eligibility events to cases, whichever topic they came from and in whatever
 * order: an event about a request whose case is not open yet is kept and applied right after the case
 * opens, in the order it arrived. Runs inside the inbox transaction, so each event applies once.
 */
@ApplicationScoped
public class CaseEventHandler {

    private final Inbox inbox;
    private final CaseService cases;
    private final CaseRepository repository;

    CaseEventHandler(Inbox inbox, CaseService cases, CaseRepository repository) {
        this.inbox = inbox;
        this.cases = cases;
        this.repository = repository;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void handle(IncomingEvent event) {
        String requestId = event.data().path("requestId").asText(null);
        if (requestId != null) {
            try {
                repository.lockRequest(java.util.UUID.fromString(requestId));
            } catch (IllegalArgumentException e) {
                throw new org.expandedaccess.platform.inbox.PoisonMessageException(
                        "event " + event.id() + " has an invalid requestId", e);
            }
        }
        switch (event.type()) {
            case RequestSubmitted.TYPE -> {
                Case c = cases.open(inbox.dataAs(event, RequestSubmitted.class), event);
                for (IncomingEvent kept : repository.takePending(c.requestId)) {
                    handle(kept);
                }
            }
            case InboundEvents.AMENDED -> cases.amended(event, inbox.dataAs(event, InboundEvents.RequestAmended.class));
            case InboundEvents.WITHDRAWN -> cases.withdrawn(event, inbox.dataAs(event, InboundEvents.RequestWithdrawn.class));
            case InboundEvents.DETERMINED -> {
                var d = inbox.dataAs(event, InboundEvents.EligibilityDetermined.class);
                cases.eligibility(event, d.requestId(), d.requestVersion(), d.outcome(),
                        Actor.fromSource(event.source(), "eligibility-service"), "screening");
            }
            case InboundEvents.OVERRIDDEN -> {
                var o = inbox.dataAs(event, InboundEvents.EligibilityOverridden.class);
                Actor publisher = Actor.fromSource(event.source(), "eligibility-service");
                String reviewer = o.reviewer() != null && o.reviewer().username() != null
                        ? o.reviewer().username() : publisher.username();
                cases.eligibility(event, o.requestId(), o.requestVersion(), o.outcome(),
                        new Actor(reviewer, Caller.MEDICAL_REVIEWER), reviewer);
            }
            default -> { } // tolerant reader: types this service does not act on are recorded and skipped
        }
    }

}
