package org.expandedaccess.notifications.inbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Live inbox: new items reach connected clients as Server-Sent Events. Items are announced with
 * PostgreSQL {@code NOTIFY}, which the database delivers only after the adding transaction commits
 * and to every instance, so a client connected to any instance hears of every new item of its
 * inboxes, and never of one that was rolled back. One connection per instance listens.
 * The stream is a live hint: a client that reconnects reloads {@code GET /api/v1/notifications}.
 */
@ApplicationScoped
public class InboxStream {

    static final String CHANNEL = "ea_inbox";
    private static final Logger LOG = Logger.getLogger(InboxStream.class);

    private final NotificationService notifications;
    private final String jdbcUrl;
    private final String username;
    private final String password;
    private final Map<String, Set<Subscriber>> byRecipient = new ConcurrentHashMap<>();
    private volatile boolean running;
    private volatile boolean listening;
    private Thread listener;

    InboxStream(NotificationService notifications,
                @ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl,
                @ConfigProperty(name = "quarkus.datasource.username") String username,
                @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.notifications = notifications;
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password.orElse("");
    }

    private record Subscriber(Set<String> recipients, MultiEmitter<? super Update> emitter) {
    }

    void onStart(@Observes StartupEvent event) {
        running = true;
        listener = new Thread(this::listen, "inbox-stream-listener");
        listener.setDaemon(true);
        listener.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        byRecipient.values().forEach(subs -> subs.forEach(s -> s.emitter().complete()));
        if (listener != null) {
            listener.interrupt();
        }
    }

    /** Whether this instance currently listens (new items reach its streams). */
    public boolean listening() {
        return listening;
    }

    /** What a stream carries: first {@link Connected} (from then on nothing is missed), then each new item. */
    public sealed interface Update permits Connected, NewItem {
    }

    public record Connected() implements Update {
    }

    public record NewItem(NotificationView item) implements Update {
    }

    /** New items of these inboxes, from now on, until the client goes away. */
    public Multi<Update> subscribe(Set<String> recipients) {
        return Multi.createFrom().<Update>emitter(emitter -> {
            Subscriber s = new Subscriber(recipients, emitter);
            recipients.forEach(r -> byRecipient.computeIfAbsent(r, k -> ConcurrentHashMap.newKeySet()).add(s));
            emitter.emit(new Connected());
            emitter.onTermination(() -> recipients.forEach(r -> {
                Set<Subscriber> subs = byRecipient.get(r);
                if (subs != null) {
                    subs.remove(s);
                }
            }));
        }, BackPressureStrategy.BUFFER);
    }

    private void listen() {
        long backoffMs = 500;
        while (running) {
            try (Connection c = DriverManager.getConnection(jdbcUrl, username, password)) {
                try (Statement st = c.createStatement()) {
                    st.execute("LISTEN " + CHANNEL);
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                listening = true;
                backoffMs = 500;
                while (running) {
                    PGNotification[] received = pg.getNotifications(1000);
                    if (received != null) {
                        for (PGNotification n : received) {
                            dispatch(n.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (!running) {
                    return;
                }
                LOG.warnf("inbox stream: listening connection lost (%s); reconnecting in %d ms",
                        e.getClass().getSimpleName(), backoffMs);
                try {
                    Thread.sleep(backoffMs);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoffMs = Math.min(backoffMs * 2, 10_000);
            }
        }
        listening = false;
    }

    private void dispatch(String payload) {
        int bar = payload == null ? -1 : payload.lastIndexOf('|');
        if (bar < 0) {
            return;
        }
        Set<Subscriber> subs = byRecipient.get(payload.substring(0, bar));
        if (subs == null || subs.isEmpty()) {
            return;
        }
        notifications.find(UUID.fromString(payload.substring(bar + 1)))
                .ifPresent(view -> subs.forEach(s -> s.emitter().emit(new NewItem(view))));
    }
}
