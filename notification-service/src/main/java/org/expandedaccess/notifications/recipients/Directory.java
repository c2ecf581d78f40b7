package org.expandedaccess.notifications.recipients;

import jakarta.enterprise.context.ApplicationScoped;
import org.expandedaccess.notifications.rules.Audience;

import java.util.List;

/**
 * Turns an audience into e-mail addresses and inbox recipients, from configuration only.
 * Inbox recipients are realm usernames, {@code role:<realm role>} for a team inbox shared by everyone
 * with that role, or {@code client:<client id>} for an integrator.
 */
@ApplicationScoped
public class Directory {

    public static final String ROLE_PREFIX = "role:";
    public static final String CLIENT_PREFIX = "client:";

    private final NotificationsConfig config;

    Directory(NotificationsConfig config) {
        this.config = config;
    }

    public List<String> emailsOf(Audience audience, String physicianUsername) {
        return switch (audience) {
            case PHYSICIAN -> List.of(physicianEmail(physicianUsername));
            case SPONSOR_TRIAGE -> config.sponsorTeam().email();
            case MEDICAL_REVIEWERS -> config.medicalReviewers().email();
            case SUBMITTING_CLIENT -> List.of();
        };
    }

    /** The inbox recipient key of an audience, or null for audiences without an inbox. */
    public String inboxOf(Audience audience, String physicianUsername) {
        return switch (audience) {
            case PHYSICIAN -> physicianUsername;
            case SPONSOR_TRIAGE -> ROLE_PREFIX + "triager";
            case MEDICAL_REVIEWERS -> ROLE_PREFIX + "medical-reviewer";
            case SUBMITTING_CLIENT -> null;
        };
    }

    public String physicianEmail(String username) {
        NotificationsConfig.Physician known = config.physicians().get(username);
        return known != null ? known.email() : username + "@" + config.physicianEmailDomain();
    }

    public String messageIdDomain() {
        return config.messageIdDomain();
    }
}
