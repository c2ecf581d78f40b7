package org.expandedaccess.notifications.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.expandedaccess.platform.inbox.IncomingEvent;
import org.expandedaccess.platform.inbox.PoisonMessageException;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class NotificationService {

    static final String REQUEST_RECEIVED = "REQUEST_RECEIVED";

    private final NotificationRepository notifications;
    private final String linksBaseUrl;

    NotificationService(NotificationRepository notifications,
                        @ConfigProperty(name = "ea.links.requests-base-url", defaultValue = "http://localhost:8081")
                        String linksBaseUrl) {
        this.notifications = notifications;
        this.linksBaseUrl = linksBaseUrl.replaceAll("/+$", "");
    }

    /**
     * Tells the submitting physician that the request arrived. Initials only, never other patient
     * data. Runs inside the inbox transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requestReceived(IncomingEvent event, RequestSubmitted request) {
        if (request.requestId() == null || request.physician() == null || request.physician().username() == null) {
            throw new PoisonMessageException("RequestSubmitted lacks requestId or physician");
        }
        String recipient = request.physician().username();
        if (notifications.exists(recipient, event.id(), REQUEST_RECEIVED)) {
            return;
        }
        String initials = request.patient() != null && request.patient().initials() != null
                ? request.patient().initials() : "the patient";
        Notification n = new Notification();
        n.id = UUID.randomUUID();
        n.recipientId = recipient;
        n.kind = REQUEST_RECEIVED;
        n.requestId = request.requestId();
        n.title = (request.emergencyUse() ? "Emergency request received" : "Request received") + " for patient " + initials;
        n.body = "Your expanded access request for patient " + initials + " was received and is being screened. "
                + "You will be told when screening is done and what is needed next.";
        n.link = linksBaseUrl + "/api/v1/requests/" + request.requestId();
        n.sourceEventId = event.id();
        n.createdAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        notifications.persist(n);
    }

    @Transactional
    public List<Notification> inbox(String recipientId, boolean unreadOnly, int page, int size) {
        return notifications.ofRecipient(recipientId, unreadOnly, page, size);
    }
}
