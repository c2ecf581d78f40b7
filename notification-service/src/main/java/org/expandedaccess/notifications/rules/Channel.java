package org.expandedaccess.notifications.rules;

/** How a recipient hears of an event. */
public enum Channel {
    EMAIL, INBOX, WEBHOOK
}
