package org.expandedaccess.notifications.inbox;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Notification", description = "An item in the signed-in user's inbox (or their team's).")
public record NotificationView(@Schema(required = true) UUID id,
                               @Schema(example = "REQUEST_RECEIVED", required = true) String kind,
                               @Schema(example = "org.expandedaccess.request.submitted.v1", required = true) String eventType,
                               UUID requestId,
                               @Schema(example = "EA-2026-00042") String caseReference,
                               @Schema(example = "Request received for patient JD", required = true) String title,
                               String body, String link,
                               @Schema(description = "Whose inbox: a username, role:<realm role> (team inbox) or client:<client id>", required = true)
                               String recipient,
                               @Schema(required = true) OffsetDateTime createdAt, @Schema(required = true) boolean read) {

    static NotificationView of(Notification n) {
        return new NotificationView(n.id, n.kind, n.eventType, n.requestId, n.caseReference, n.title, n.body, n.link,
                n.recipientId, n.createdAt, n.readAt != null);
    }
}
