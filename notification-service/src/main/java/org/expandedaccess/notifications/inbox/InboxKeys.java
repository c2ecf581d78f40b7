package org.expandedaccess.notifications.inbox;

import org.expandedaccess.notifications.recipients.Directory;
import org.expandedaccess.platform.security.Caller;

import java.util.LinkedHashSet;
import java.util.Set;

/** The inboxes a caller reads: their own, their team's (triager, medical-reviewer) and, for an integrator, its client's. */
public final class InboxKeys {

    private InboxKeys() {
    }

    public static Set<String> of(Caller caller) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(caller.username());
        for (String team : new String[] {Caller.TRIAGER, Caller.MEDICAL_REVIEWER}) {
            if (caller.roles().contains(team)) {
                keys.add(Directory.ROLE_PREFIX + team);
            }
        }
        if (caller.roles().contains(Caller.INTEGRATOR) && caller.client() != null) {
            keys.add(Directory.CLIENT_PREFIX + caller.client());
        }
        return Set.copyOf(keys);
    }
}
