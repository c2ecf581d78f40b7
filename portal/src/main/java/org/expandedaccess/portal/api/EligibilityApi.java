package org.expandedaccess.portal.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** eligibility-service (eligibility-service/README.md): screening results, pre-screen, reviewers' overrides. */
@RegisterRestClient(configKey = "eligibility")
@RegisterClientHeaders(UserToken.class)
@Path("/api/v1/eligibility")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface EligibilityApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Criterion(String id, String description, String kind, String status, Map<String, Object> evidence,
                     String explanation, String source) {

        public String evidenceText() {
            if (evidence == null || evidence.isEmpty()) {
                return "no value given";
            }
            StringBuilder b = new StringBuilder();
            evidence.forEach((k, v) -> b.append(b.isEmpty() ? "" : "; ").append(k).append(": ").append(v));
            return b.toString();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PrescreenResult(String programId, String programVersion, String outcome, List<String> decidingCriteria,
                           List<Criterion> criteria) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Review(UUID id, String outcome, String justification, String reviewer, OffsetDateTime reviewedAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Determination(UUID id, int requestVersion, String programId, String programVersion, String outcome,
                         List<String> decidingCriteria, List<Criterion> criteria, OffsetDateTime determinedAt,
                         List<Review> reviews) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Eligibility(UUID requestId, String programId, boolean withdrawn, String outcome, String decidedBy,
                       Determination determination) {
    }

    record ReviewRequest(String outcome, String justification) {
    }

    @POST
    @Path("/prescreen")
    PrescreenResult prescreen(JsonNode draft);

    @GET
    @Path("/{requestId}")
    Eligibility get(@PathParam("requestId") UUID requestId);

    @GET
    @Path("/{requestId}/history")
    List<Determination> history(@PathParam("requestId") UUID requestId);

    @POST
    @Path("/{requestId}/review")
    Eligibility review(@PathParam("requestId") UUID requestId, ReviewRequest review);
}
