package org.expandedaccess.notifications.rules;

import org.expandedaccess.notifications.rules.Route.Condition;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.expandedaccess.notifications.rules.Audience.MEDICAL_REVIEWERS;
import static org.expandedaccess.notifications.rules.Audience.PHYSICIAN;
import static org.expandedaccess.notifications.rules.Audience.SPONSOR_TRIAGE;
import static org.expandedaccess.notifications.rules.Audience.SUBMITTING_CLIENT;
import static org.expandedaccess.notifications.rules.EventType.CASE_ADVERSE_EVENT_RECORDED;
import static org.expandedaccess.notifications.rules.EventType.CASE_DEADLINE_APPROACHING;
import static org.expandedaccess.notifications.rules.EventType.CASE_DEADLINE_MISSED;
import static org.expandedaccess.notifications.rules.EventType.CASE_OPENED;
import static org.expandedaccess.notifications.rules.EventType.CASE_STATUS_CHANGED;
import static org.expandedaccess.notifications.rules.EventType.ELIGIBILITY_DETERMINED;
import static org.expandedaccess.notifications.rules.EventType.ELIGIBILITY_OVERRIDDEN;
import static org.expandedaccess.notifications.rules.EventType.REQUEST_AMENDED;
import static org.expandedaccess.notifications.rules.EventType.REQUEST_SUBMITTED;
import static org.expandedaccess.notifications.rules.EventType.REQUEST_WITHDRAWN;

/**
 * Who hears of what, and how: the one place that maps an event type to recipients and channels.
 * Recipients come from the event (owning physician, submitting client) and from configuration
 * (sponsor team addresses); see {@code recipients.Directory}. Every event also goes, by webhook, to
 * the integrator that submitted the request, if it subscribed to that type.
 */
public final class RoutingTable {

    private static final Set<Channel> EMAIL_AND_INBOX = EnumSet.of(Channel.EMAIL, Channel.INBOX);
    private static final Set<Channel> INBOX = EnumSet.of(Channel.INBOX);
    private static final Set<Channel> WEBHOOK = EnumSet.of(Channel.WEBHOOK);

    private static final Condition ALWAYS = Condition.ALWAYS;
    private static final Condition NEEDS_REVIEW =
            new Condition("outcome is NEEDS_REVIEW", f -> "NEEDS_REVIEW".equals(f.outcome()));
    private static final Condition PHYSICIAN_MUST_ACT =
            new Condition("the physician is responsible", f -> f.deadline() != null && f.deadline().physicianMustAct());

    public static final List<Route> ROUTES = List.of(
            //        event                        audience           channels         only when
            new Route(REQUEST_SUBMITTED,           PHYSICIAN,         EMAIL_AND_INBOX, ALWAYS),
            new Route(REQUEST_SUBMITTED,           SPONSOR_TRIAGE,    EMAIL_AND_INBOX, ALWAYS),
            new Route(REQUEST_AMENDED,             PHYSICIAN,         EMAIL_AND_INBOX, ALWAYS),
            new Route(REQUEST_AMENDED,             SPONSOR_TRIAGE,    INBOX,           ALWAYS),
            new Route(REQUEST_WITHDRAWN,           PHYSICIAN,         EMAIL_AND_INBOX, ALWAYS),
            new Route(REQUEST_WITHDRAWN,           SPONSOR_TRIAGE,    EMAIL_AND_INBOX, ALWAYS),
            new Route(ELIGIBILITY_DETERMINED,      PHYSICIAN,         EMAIL_AND_INBOX, ALWAYS),
            new Route(ELIGIBILITY_DETERMINED,      MEDICAL_REVIEWERS, EMAIL_AND_INBOX, NEEDS_REVIEW),
            new Route(ELIGIBILITY_OVERRIDDEN,      PHYSICIAN,         EMAIL_AND_INBOX, ALWAYS),
            new Route(ELIGIBILITY_OVERRIDDEN,      SPONSOR_TRIAGE,    EMAIL_AND_INBOX, ALWAYS),
            new Route(CASE_OPENED,                 PHYSICIAN,         INBOX,           ALWAYS),
            new Route(CASE_STATUS_CHANGED,         PHYSICIAN,         EMAIL_AND_INBOX, ALWAYS),
            new Route(CASE_DEADLINE_APPROACHING,   PHYSICIAN,         EMAIL_AND_INBOX, PHYSICIAN_MUST_ACT),
            new Route(CASE_DEADLINE_APPROACHING,   SPONSOR_TRIAGE,    EMAIL_AND_INBOX, ALWAYS),
            new Route(CASE_DEADLINE_MISSED,        PHYSICIAN,         EMAIL_AND_INBOX, PHYSICIAN_MUST_ACT),
            new Route(CASE_DEADLINE_MISSED,        SPONSOR_TRIAGE,    EMAIL_AND_INBOX, ALWAYS),
            new Route(CASE_ADVERSE_EVENT_RECORDED, PHYSICIAN,         INBOX,           ALWAYS),
            new Route(CASE_ADVERSE_EVENT_RECORDED, SPONSOR_TRIAGE,    EMAIL_AND_INBOX, ALWAYS),
            new Route(CASE_ADVERSE_EVENT_RECORDED, MEDICAL_REVIEWERS, EMAIL_AND_INBOX, ALWAYS),
            // integrators: every event of a request they submitted, to the subscriptions that ask for its type
            new Route(REQUEST_SUBMITTED,           SUBMITTING_CLIENT, WEBHOOK,         ALWAYS),
            new Route(REQUEST_AMENDED,             SUBMITTING_CLIENT, WEBHOOK,         ALWAYS),
            new Route(REQUEST_WITHDRAWN,           SUBMITTING_CLIENT, WEBHOOK,         ALWAYS),
            new Route(ELIGIBILITY_DETERMINED,      SUBMITTING_CLIENT, WEBHOOK,         ALWAYS),
            new Route(ELIGIBILITY_OVERRIDDEN,      SUBMITTING_CLIENT, WEBHOOK,         ALWAYS),
            new Route(CASE_OPENED,                 SUBMITTING_CLIENT, WEBHOOK,         ALWAYS),
            new Route(CASE_STATUS_CHANGED,         SUBMITTING_CLIENT, WEBHOOK,         ALWAYS),
            new Route(CASE_DEADLINE_APPROACHING,   SUBMITTING_CLIENT, WEBHOOK,         ALWAYS),
            new Route(CASE_DEADLINE_MISSED,        SUBMITTING_CLIENT, WEBHOOK,         ALWAYS),
            new Route(CASE_ADVERSE_EVENT_RECORDED, SUBMITTING_CLIENT, WEBHOOK,         ALWAYS));

    private RoutingTable() {
    }

    /** The routes that apply to this event. */
    public static List<Route> routesFor(EventFacts facts) {
        return ROUTES.stream().filter(r -> r.appliesTo(facts)).toList();
    }
}
