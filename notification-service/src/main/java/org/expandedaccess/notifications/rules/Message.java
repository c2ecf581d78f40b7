package org.expandedaccess.notifications.rules;

import java.util.UUID;

/**
 * What a recipient is told: what happened and what to do next, with the case reference, patient
 * initials at most, and a link to the case. The same words go to the inbox and the e-mail templates.
 *
 * @param kind stable code of the notification (REQUEST_RECEIVED, DEADLINE_MISSED, ...)
 */
public record Message(String kind, String title, String whatHappened, String whatNext, String link,
                      String reference, UUID requestId, boolean emergency) {

    /** E-mail subject: the case reference first, so a mailbox sorts by case. */
    public String subject() {
        return (reference != null ? "[" + reference + "] " : "") + title;
    }
}
