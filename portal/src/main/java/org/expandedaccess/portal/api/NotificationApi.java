package org.expandedaccess.portal.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.client.SseEvent;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** notification-service (notification-service/README.md): the in-app inbox, its live stream, webhooks. */
@RegisterRestClient(configKey = "notifications")
@RegisterClientHeaders(UserToken.class)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface NotificationApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Notification(UUID id, String kind, String eventType, UUID requestId, String caseReference, String title,
                        String body, String link, String recipient, OffsetDateTime createdAt, boolean read) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record UnreadCount(long unread) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Webhook(UUID id, String url, List<String> eventTypes, String description, String status,
                   int consecutiveFailures, String disabledReason, OffsetDateTime createdAt,
                   OffsetDateTime disabledAt, String secret) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Attempt(OffsetDateTime attemptedAt, Integer statusCode, String error, Integer durationMs) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Delivery(UUID id, String eventId, String eventType, UUID requestId, String status, int attempts,
                    int replays, OffsetDateTime nextAttemptAt, Integer lastStatusCode, String lastError,
                    OffsetDateTime createdAt, OffsetDateTime deliveredAt, List<Attempt> attemptLog) {
    }

    record WebhookRequest(String url, List<String> eventTypes, String description) {
    }

    @GET
    @Path("/notifications")
    List<Notification> notifications(@QueryParam("unread") Boolean unread, @QueryParam("page") Integer page,
                                     @QueryParam("size") Integer size);

    @GET
    @Path("/notifications/unread-count")
    UnreadCount unreadCount();

    @POST
    @Path("/notifications/{id}/read")
    Notification markRead(@PathParam("id") UUID id);

    @GET
    @Path("/notifications/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    Multi<SseEvent<String>> stream(@HeaderParam("Authorization") String authorization);

    @GET
    @Path("/webhooks")
    List<Webhook> webhooks();

    @POST
    @Path("/webhooks")
    Webhook createWebhook(@HeaderParam("Idempotency-Key") String idempotencyKey, WebhookRequest request);

    @GET
    @Path("/webhooks/{id}")
    Webhook webhook(@PathParam("id") UUID id);

    @DELETE
    @Path("/webhooks/{id}")
    void deleteWebhook(@PathParam("id") UUID id);

    @POST
    @Path("/webhooks/{id}/enable")
    Webhook enable(@PathParam("id") UUID id);

    @GET
    @Path("/webhooks/{id}/deliveries")
    List<Delivery> deliveries(@PathParam("id") UUID id, @QueryParam("page") Integer page,
                              @QueryParam("size") Integer size);

    @POST
    @Path("/webhooks/{id}/deliveries/{deliveryId}/replay")
    Delivery replay(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId);
}
