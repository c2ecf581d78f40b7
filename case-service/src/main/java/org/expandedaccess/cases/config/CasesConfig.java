package org.expandedaccess.cases.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.ZoneId;

/**
 * Every {@code ea.cases.*} setting case-service reads, in one place (the module README lists them; environment
 * variables such as {@code EA_CASES_TIME_ZONE} override them).
 */
@ConfigMapping(prefix = "ea.cases")
public interface CasesConfig {

    /** The sponsor's time zone: it decides what "today" and a working day are. */
    @WithDefault("America/New_York")
    ZoneId timeZone();

    /** Working days the sponsor has to acknowledge a request (the program's published time, FD&C Act 561A). */
    @WithDefault("2")
    int acknowledgementWorkingDays();

    /** Days after treatment is completed within which the written treatment summary is due. */
    @WithDefault("30")
    int treatmentSummaryDays();

    /** Working days before a due date at which a deadline is announced as approaching. */
    @WithDefault("2")
    int deadlineLeadWorkingDays();

    /** How often open deadlines are checked for approaching and missed ones (a Quarkus scheduler period). */
    @WithDefault("5m")
    String deadlineCheckInterval();

    /** How often authorizing cases are checked for gates that became satisfied by time alone. */
    @WithDefault("15m")
    String gateCheckInterval();

    /** intake-service, from which Form 3926 drafts read the request with the caller's token. */
    @WithDefault("http://localhost:8081")
    URI intakeUrl();

    /** The drug named on Form 3926. */
    @WithDefault("MDMA (midomafetamine) capsules")
    String drugName();

    /** The supplier named on Form 3926. */
    @WithDefault("the program sponsor (see LOA)")
    String supplier();
}
