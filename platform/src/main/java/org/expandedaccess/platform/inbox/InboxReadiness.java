package org.expandedaccess.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/** DOWN while a consumer holds a record it cannot apply because the database or network is down. */
@Readiness
@ApplicationScoped
public class InboxReadiness implements HealthCheck {

    private final Inbox inbox;

    InboxReadiness(Inbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("Event consumers (inbox)");
        Map<String, Inbox.Waiting> waiting = new TreeMap<>(inbox.waiting());
        if (waiting.isEmpty()) {
            return builder.up().build();
        }
        builder.down();
        waiting.forEach((channel, w) -> builder.withData(w.consumer(), "waiting "
                + Duration.between(w.since(), Instant.now()).toSeconds() + " s on " + w.failure()
                + " (" + w.attempts() + " attempts); the record is held unacknowledged"));
        return builder.build();
    }
}
