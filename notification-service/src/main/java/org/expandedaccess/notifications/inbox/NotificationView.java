package org.expandedaccess.notifications.inbox;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Notification", description = "An item in the signed-in user's inbox.")
public record NotificationView(UUID id, @Schema(example = "REQUEST_RECEIVED") String kind, UUID requestId,
                               String title, String body, String link, OffsetDateTime createdAt, boolean read) {

    static NotificationView of(Notification n) {
        return new NotificationView(n.id, n.kind, n.requestId, n.title, n.body, n.link, n.createdAt, n.readAt != null);
    }
}
