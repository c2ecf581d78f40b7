package org.expandedaccess.notifications.routing;

/** How a recipient hears of an event. */
public enum Channel {
    EMAIL, INBOX, WEBHOOK
}
