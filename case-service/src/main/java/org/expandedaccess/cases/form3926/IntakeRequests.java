package org.expandedaccess.cases.form3926;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.UUID;

/**
 * intake-service's request, read with the caller's own access token, so intake's permissions apply
 * (docs/decisions/0006): MicroProfile REST Client's default headers factory passes on the Authorization header
 * of the request being served ({@code org.eclipse.microprofile.rest.client.propagateHeaders}). Address and
 * timeouts: {@code quarkus.rest-client.intake.*}.
 */
@RegisterRestClient(configKey = "intake")
@RegisterClientHeaders
@Path("/api/v1/requests")
public interface IntakeRequests {

    /** The request as intake answers it; read as text so that an answer that is not JSON is told apart. */
    @GET
    @Path("/{requestId}")
    @Produces(MediaType.APPLICATION_JSON)
    String request(@PathParam("requestId") UUID requestId);
}
