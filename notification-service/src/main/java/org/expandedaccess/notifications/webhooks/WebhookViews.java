package org.expandedaccess.notifications.webhooks;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Bodies of the webhook API. */
public final class WebhookViews {

    private WebhookViews() {
    }

    @Schema(name = "WebhookRequest", description = "A new subscription.")
    public record WebhookRequest(
            @NotBlank @Size(max = 2000) @Schema(example = "https://his.example.org/hooks/expanded-access") String url,
            @Size(max = 20) @Schema(description = "CloudEvents types to receive; empty or absent means all.",
                    example = "[\"org.expandedaccess.case.status-changed.v1\"]") List<String> eventTypes,
            @Size(max = 200) @Schema(example = "HIS production") String description) {
    }

    @Schema(name = "Webhook", description = "A subscription (its secret is shown only once, at creation).")
    public record WebhookView(UUID id, String url, List<String> eventTypes, String description,
                              @Schema(enumeration = {"ENABLED", "DISABLED"}) String status,
                              int consecutiveFailures, String disabledReason, OffsetDateTime createdAt,
                              OffsetDateTime disabledAt) {

        static WebhookView of(WebhookSubscription s) {
            return new WebhookView(s.id, s.url, s.eventTypeList(), s.description, s.status, s.consecutiveFailures,
                    s.disabledReason, s.createdAt, s.disabledAt);
        }
    }

    @Schema(name = "WebhookCreated", description = "The new subscription and its signing secret. Store the secret now:"
            + " it is not shown again.")
    public record WebhookCreated(UUID id, String url, List<String> eventTypes, String description, String status,
                                 OffsetDateTime createdAt,
                                 @Schema(example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret) {
    }

    @Schema(name = "WebhookAttempt", description = "One HTTP attempt of a delivery.")
    public record AttemptView(OffsetDateTime attemptedAt, Integer statusCode, String error, int durationMs) {

        static AttemptView of(WebhookAttempt a) {
            return new AttemptView(a.attemptedAt, a.statusCode, a.error, a.durationMs);
        }
    }

    @Schema(name = "WebhookDelivery", description = "One event for one subscription, with every attempt.")
    public record DeliveryView(UUID id, String eventId, String eventType, UUID requestId,
                               @Schema(enumeration = {"PENDING", "DELIVERED", "FAILED", "CANCELLED"}) String status,
                               int attempts, int replays, OffsetDateTime nextAttemptAt, Integer lastStatusCode,
                               String lastError, OffsetDateTime createdAt, OffsetDateTime deliveredAt,
                               List<AttemptView> attemptLog) {

        static DeliveryView of(WebhookDelivery d, List<WebhookAttempt> attempts) {
            return new DeliveryView(d.id, d.eventId, d.eventType, d.requestId, d.status, d.attempts, d.replays,
                    WebhookDelivery.PENDING.equals(d.status) ? d.nextAttemptAt : null, d.lastStatusCode, d.lastError,
                    d.createdAt, d.deliveredAt,
                    attempts.stream().sorted(Comparator.comparing((WebhookAttempt a) -> a.id)).map(AttemptView::of).toList());
        }
    }
}
