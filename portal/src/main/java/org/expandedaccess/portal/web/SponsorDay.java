package org.expandedaccess.portal.web;

import java.time.LocalDate;
import java.time.ZoneId;

/** "Today" in the sponsor's time zone, the zone case-service counts deadlines in (EA_PORTAL_TIME_ZONE). */
public final class SponsorDay {

    static final ZoneId ZONE = ZoneId.of(System.getenv().getOrDefault("EA_PORTAL_TIME_ZONE", "America/New_York"));

    private SponsorDay() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
