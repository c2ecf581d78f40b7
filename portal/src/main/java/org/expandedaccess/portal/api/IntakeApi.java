package org.expandedaccess.portal.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** intake-service's requests API (intake-service/README.md), as the portal uses it. */
@RegisterRestClient(configKey = "intake")
@RegisterClientHeaders(UserToken.class)
@Path("/api/v1/requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface IntakeApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RequestView(UUID requestId, String status, int version, String programId, boolean emergency,
                       String physician, String submittedByClient, OffsetDateTime createdAt, OffsetDateTime updatedAt,
                       OffsetDateTime submittedAt, OffsetDateTime withdrawnAt, String withdrawReason,
                       OffsetDateTime decidedAt, JsonNode content) {

        public boolean draft() {
            return "DRAFT".equals(status);
        }

        public String patientInitials() {
            JsonNode initials = content == null ? null : content.path("patient").path("initials");
            return initials == null || !initials.isTextual() ? "" : initials.asText();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Completion(boolean complete, List<Problem.FieldError> missing) {
    }

    record Reason(String reason) {
    }

    record Amendment(String reason, JsonNode content) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record VersionView(int version, OffsetDateTime createdAt, String reason) {
    }

    @POST
    RequestView create(JsonNode content);

    @GET
    List<RequestView> list(@QueryParam("status") String status, @QueryParam("page") Integer page,
                           @QueryParam("size") Integer size);

    @GET
    @Path("/{id}")
    RequestView get(@PathParam("id") UUID id);

    @PUT
    @Path("/{id}")
    RequestView replace(@PathParam("id") UUID id, JsonNode content);

    @GET
    @Path("/{id}/completeness")
    Completion completeness(@PathParam("id") UUID id);

    @POST
    @Path("/{id}/submit")
    RequestView submit(@PathParam("id") UUID id);

    @POST
    @Path("/{id}/amendments")
    RequestView amend(@PathParam("id") UUID id, Amendment amendment);

    @POST
    @Path("/{id}/withdraw")
    RequestView withdraw(@PathParam("id") UUID id, Reason reason);
}
