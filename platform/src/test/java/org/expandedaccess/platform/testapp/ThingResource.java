package org.expandedaccess.platform.testapp;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.expandedaccess.platform.outbox.DomainEvent;
import org.expandedaccess.platform.outbox.Outbox;

import java.util.Map;
import java.util.UUID;

/** A tiny app that exercises the platform: a state change plus an outbox event in one transaction. */
@Path("/things")
@RolesAllowed("physician")
public class ThingResource {

    public record NewThing(@NotBlank @Pattern(regexp = "[A-Z]{2,3}", message = "must be 2 or 3 capital letters") String name,
                           Integer count, Boolean fragile, java.time.LocalDate madeOn, java.util.List<String> tags) {
    }

    @Inject
    EntityManager em;
    @Inject
    Outbox outbox;

    /** Echoes its parameters, to show how they are read. */
    @GET
    @Path("/{id}")
    @jakarta.ws.rs.Produces("application/json")
    public Map<String, Object> read(@PathParam("id") UUID id, @QueryParam("fragile") Boolean fragile,
                                    @QueryParam("page") @DefaultValue("0") int page) {
        return Map.of("id", id.toString(), "fragile", String.valueOf(fragile), "page", page);
    }

    @POST
    public Response create(@Valid NewThing body) {
        UUID id = UUID.randomUUID();
        UUID eventId = QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("insert into thing (id, name) values (:id, :name)")
                    .setParameter("id", id).setParameter("name", body.name()).executeUpdate();
            return outbox.publish(new DomainEvent("ea.things", id.toString(),
                    "org.expandedaccess.thing.created.v1", Map.of("thingId", id.toString(), "name", body.name())));
        });
        return Response.status(201).entity(Map.of("id", id.toString(), "eventId", eventId.toString())).build();
    }
}
