package org.expandedaccess.portal.web;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.expandedaccess.portal.api.NotificationApi;

/** The unread count in every page's header; the live stream raises it afterwards. Blank if the inbox is down. */
@RequestScoped
@Named("badge")
public class InboxBadge {

    @Inject
    @RestClient
    NotificationApi notifications;

    @Inject
    Viewer viewer;

    private String unread;

    public String unread() {
        if (unread == null) {
            try {
                unread = viewer.signedIn() ? String.valueOf(notifications.unreadCount().unread()) : "";
            } catch (RuntimeException e) {
                Log.debugf("unread count unavailable: %s", e.getClass().getSimpleName());
                unread = "";
            }
        }
        return unread;
    }
}
