package org.expandedaccess.notifications.recipients;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Who the people are ({@code ea.notifications.*}): the sponsor team's addresses and the physicians' e-mail. */
@ConfigMapping(prefix = "ea.notifications")
public interface NotificationsConfig {

    SponsorTeam sponsorTeam();

    MedicalReviewers medicalReviewers();

    /** Physicians' addresses by realm username: {@code ea.notifications.physicians."dr.alice".email}. */
    Map<String, Physician> physicians();

    /** A physician not listed above gets {@code <username>@<this domain>}. */
    @WithDefault("clinic.example")
    String physicianEmailDomain();

    /** Right-hand side of the Message-ID of every e-mail. */
    @WithDefault("notification-service.expanded-access")
    String messageIdDomain();

    /** The live inbox stream (Server-Sent Events). */
    Stream stream();

    interface Stream {
        /** How often an idle stream sends a comment, so proxies do not close it. */
        @WithDefault("25s")
        Duration keepAlive();
    }

    interface SponsorTeam {
        /** Triage team address(es): new requests, emergencies, overrides, deadlines, adverse events. */
        List<String> email();
    }

    interface MedicalReviewers {
        /** Medical reviewers' address(es): NEEDS_REVIEW outcomes and adverse events. */
        List<String> email();
    }

    interface Physician {
        String email();
    }
}
