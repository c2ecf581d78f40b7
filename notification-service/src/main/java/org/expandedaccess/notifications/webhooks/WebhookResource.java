package org.expandedaccess.notifications.webhooks;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.expandedaccess.notifications.webhooks.WebhookViews.DeliveryView;
import org.expandedaccess.notifications.webhooks.WebhookViews.WebhookCreated;
import org.expandedaccess.notifications.webhooks.WebhookViews.WebhookRequest;
import org.expandedaccess.notifications.webhooks.WebhookViews.WebhookView;
import org.expandedaccess.platform.paging.Paging;
import org.expandedaccess.platform.problem.Problem;
import org.expandedaccess.platform.problem.ProblemException;
import org.expandedaccess.platform.security.Caller;
import org.expandedaccess.platform.security.CurrentCaller;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Signed webhooks (Standard Webhooks) for integrators, about the requests they submitted.")
@RolesAllowed(Caller.INTEGRATOR)
public class WebhookResource {

    private final WebhookService service;
    private final CurrentCaller current;

    WebhookResource(WebhookService service, CurrentCaller current) {
        this.service = service;
        this.current = current;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhook", summary = "Subscribe", description = "Registers an https:// endpoint for some (or all) event types of the"
            + " requests this client submitted. The answer holds the signing secret (whsec_...), shown only here."
            + " Each POST carries webhook-id, webhook-timestamp and webhook-signature (v1,<base64 HMAC-SHA256 of"
            + " id.timestamp.body>). Send an Idempotency-Key to retry safely.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WebhookRequest.class),
            examples = @ExampleObject(name = "case status changes and approaching deadlines", value = Examples.SUBSCRIBE)))
    @APIResponse(responseCode = "201", description = "Subscribed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookCreated.class),
                    examples = @ExampleObject(name = "subscribed (store the secret now)", value = Examples.CREATED)))
    @APIResponse(responseCode = "422", description = "Target not allowed (not https, private or metadata address, does not"
            + " resolve) or unknown event type", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Too many subscriptions",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull WebhookRequest request,
                           @Parameter(description = "Makes a retried POST return the first answer")
                           @HeaderParam("Idempotency-Key") String idempotencyKey) {
        WebhookCreated created = service.create(owner(), request, idempotencyKey);
        return Response.status(201).header("Location", "/api/v1/webhooks/" + created.id()).entity(created).build();
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "My subscriptions", description = "This client's subscriptions only (no secrets).")
    @APIResponse(responseCode = "200", description = "The subscriptions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView[].class),
                    examples = @ExampleObject(name = "one subscription", value = Examples.WEBHOOKS)))
    public List<WebhookView> list() {
        return service.list(owner());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhook", summary = "One subscription", description = "Another client's subscription answers 404.")
    @APIResponse(responseCode = "200", description = "The subscription",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class),
                    examples = @ExampleObject(name = "enabled", value = Examples.WEBHOOK)))
    @APIResponse(responseCode = "404", description = "No such subscription of this client",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WebhookView get(@PathParam("id") UUID id) {
        return service.get(owner(), id);
    }

    @DELETE
    @Path("/{id}")
    // no body on success: whatever the client accepts (a generated client asks for problem+json alone), never 406
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE, MediaType.WILDCARD})
    @Operation(operationId = "deleteWebhook", summary = "Unsubscribe", description = "Deliveries not yet sent are cancelled.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such subscription of this client",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(@PathParam("id") UUID id) {
        service.delete(owner(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/enable")
    @Operation(operationId = "enableWebhook", summary = "Enable again", description = "After the subscription was disabled for repeated failures;"
            + " pending deliveries resume.")
    @APIResponse(responseCode = "200", description = "Enabled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookView.class),
                    examples = @ExampleObject(name = "enabled again", value = Examples.WEBHOOK)))
    @APIResponse(responseCode = "404", description = "No such subscription of this client",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WebhookView enable(@PathParam("id") UUID id) {
        return service.enable(owner(), id);
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "Deliveries and their attempts", description = "Newest first, with every attempt's status code.")
    @APIResponse(responseCode = "200", description = "One page of deliveries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryView[].class),
                    examples = @ExampleObject(name = "delivered on the second attempt", value = Examples.DELIVERIES)))
    @APIResponse(responseCode = "404", description = "No such subscription of this client",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<DeliveryView> deliveries(@PathParam("id") UUID id,
                                         @Valid @BeanParam Paging paging) {
        return service.deliveries(owner(), id, paging.page, paging.size);
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/replay")
    @Operation(operationId = "replayWebhookDelivery", summary = "Send one delivery again", description = "Same body and webhook-id, a new timestamp and"
            + " signature, a fresh set of retries.")
    @APIResponse(responseCode = "202", description = "Queued",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryView.class),
                    examples = @ExampleObject(name = "queued again", value = Examples.REPLAY_QUEUED)))
    @APIResponse(responseCode = "404", description = "No such subscription or delivery of this client",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The subscription is disabled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response replay(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return Response.accepted(service.replay(owner(), id, deliveryId)).build();
    }

    /**
     * Subscriptions belong to the integration client, the same key intake records as submittedByClient.
     * A person's token carries the portal's azp, shared by everyone signed in there: keying on it would
     * hand one integrator the events of every request filed through the portal, so a person needs an
     * account the realm links to an integration client.
     */
    private String owner() {
        Caller caller = current.get();
        if (caller.integratorClient() == null) {
            throw new ProblemException(Problem.of("not-an-integration", "Not allowed", 403,
                    "Webhooks belong to an integration client; this account is not linked to one."));
        }
        return caller.integratorClient();
    }
}
