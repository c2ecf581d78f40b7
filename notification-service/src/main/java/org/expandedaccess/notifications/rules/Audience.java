package org.expandedaccess.notifications.rules;

/** Who hears of an event. Resolved to addresses from the event and from configuration, never by calling other services. */
public enum Audience {
    /** The physician who owns the request ({@code physician.username}). */
    PHYSICIAN,
    /** The sponsor's triage team (realm role triager): team e-mail address(es) and a team inbox. */
    SPONSOR_TRIAGE,
    /** The sponsor's medical reviewers (realm role medical-reviewer): team e-mail address(es) and a team inbox. */
    MEDICAL_REVIEWERS,
    /** The integrator client that submitted the request ({@code submittedByClient}): its webhook subscriptions. */
    SUBMITTING_CLIENT
}
