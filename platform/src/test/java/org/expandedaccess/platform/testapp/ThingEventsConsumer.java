package org.expandedaccess.platform.testapp;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.expandedaccess.platform.inbox.Inbox;
import org.expandedaccess.platform.inbox.InboxConsumer;
import org.expandedaccess.platform.inbox.IncomingEvent;
import org.expandedaccess.platform.inbox.PoisonMessageException;

import java.util.Set;
import java.util.concurrent.CompletionStage;

/** The test app's consumer of its own thing events: records each one it applies in thing_seen. */
@ApplicationScoped
public class ThingEventsConsumer implements InboxConsumer {

    /** The "code change" a replay test makes: until then, things named XX cannot be applied. */
    public static volatile boolean namesXxSupported;

    /** Attempts at things named SLOW; the first one outlasts the inbox's transaction timeout. */
    public static final java.util.concurrent.atomic.AtomicInteger SLOW_ATTEMPTS = new java.util.concurrent.atomic.AtomicInteger();

    private final Inbox inbox;
    private final EntityManager em;

    ThingEventsConsumer(Inbox inbox, EntityManager em) {
        this.inbox = inbox;
        this.em = em;
    }

    @Incoming("things")
    @Blocking
    public CompletionStage<Void> things(Message<String> message) {
        return inbox.consume(message, "things", this);
    }

    @Override
    public Set<String> channels() {
        return Set.of("things");
    }

    @Override
    public void apply(String channel, IncomingEvent event) {
        String name = event.data().path("name").asText(null);
        if (name == null) {
            throw new PoisonMessageException("event " + event.id() + " has no name");
        }
        if (name.equals("XX") && !namesXxSupported) {
            throw new PoisonMessageException("event " + event.id() + ": things named XX are not supported yet");
        }
        if (name.equals("SLOW") && SLOW_ATTEMPTS.incrementAndGet() == 1) {
            try {
                // a database or machine so slow that the transaction manager rolls the transaction back meanwhile
                Thread.sleep(3_500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        em.createNativeQuery("insert into thing_seen (event_id, name) values (:id, :name)")
                .setParameter("id", event.id()).setParameter("name", name).executeUpdate();
    }
}
