package org.expandedaccess.cases.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.expandedaccess.cases.config.CasesConfig;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.ZoneId;

/**
 * Time for the case service. Every "now" comes from the {@link Clock} bean, so tests can move time;
 * calendar dates (deadlines, the FDA 30-day rule) are days in the sponsor's configured time zone
 * ({@code ea.cases.time-zone}, default America/New_York).
 */
@ApplicationScoped
public class SponsorClock {

    private final Clock clock;
    private final ZoneId zone;

    SponsorClock(Clock clock, CasesConfig config) {
        this.clock = clock;
        this.zone = config.timeZone();
    }

    /** Today in the sponsor's time zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** Server time for records and audit entries: UTC, truncated to what PostgreSQL stores (microseconds). */
    public OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    public ZoneId zone() {
        return zone;
    }

    public Clock clock() {
        return clock;
    }

    /** The system clock unless a test (or another bean) provides one. */
    @Singleton
    static class Producer {
        @Produces
        @DefaultBean
        @Singleton
        Clock systemClock() {
            return Clock.systemUTC();
        }
    }
}
