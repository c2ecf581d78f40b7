package org.expandedaccess.platform.inbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.expandedaccess.platform.problem.Problem;
import org.expandedaccess.platform.problem.ProblemException;
import org.expandedaccess.platform.security.Caller;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Operators see what this service's consumers parked on their dead-letter topics and why, and replay
 * it once the cause is fixed. Every service serves the same endpoints for its own consumers.
 */
@Path("/api/v1/operator/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations", description = "Dead-letter messages of this service's event consumers")
@RolesAllowed(Caller.OPERATOR)
public class DeadLetterResource {

    private final DeadLetters deadLetters;

    DeadLetterResource(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GET
    @Operation(operationId = "listDeadLetters", summary = "Messages this service's consumers parked",
            description = "Read from the dead-letter topics, oldest first. PARKED: not applied by the consumer that"
                    + " parked it; APPLIED: applied since (replayed or delivered again).")
    @APIResponse(responseCode = "200", description = "The parked messages",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DeadLetters.Parked[].class),
                    examples = @ExampleObject(name = "one message parked", value = Examples.PARKED)))
    public List<DeadLetters.Parked> list(
            @Parameter(description = "PARKED or APPLIED; both when absent") @QueryParam("status") String status) {
        return deadLetters.list(status(status));
    }

    @POST
    @Path("/{topic}/{partition}/{offset}/replay")
    @Operation(operationId = "replayDeadLetter", summary = "Replay one parked message through its consumer",
            description = "Applied at most once: a message the consumer has applied already is skipped (ALREADY_APPLIED)."
                    + " A message that fails again stays parked (STILL_FAILING, with the reason).")
    @APIResponse(responseCode = "200", description = "What the replay did",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DeadLetters.Replay.class),
                    examples = @ExampleObject(name = "applied", value = Examples.REPLAYED)))
    public DeadLetters.Replay replay(@PathParam("topic") String topic, @PathParam("partition") int partition,
                                     @PathParam("offset") long offset) {
        return deadLetters.replay(topic, partition, offset);
    }

    @POST
    @Path("/replay")
    @Operation(operationId = "replayAllDeadLetters", summary = "Replay every message that is still parked",
            description = "In the order they were parked; each applied at most once.")
    @APIResponse(responseCode = "200", description = "What each replay did",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DeadLetters.Replay[].class),
                    examples = @ExampleObject(name = "one applied, one still failing", value = Examples.REPLAYED_ALL)))
    public List<DeadLetters.Replay> replayAll() {
        return deadLetters.replayAll();
    }

    private static Optional<DeadLetters.Status> status(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(DeadLetters.Status.valueOf(value));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Problem.validation(400, "1 field(s) are missing or invalid",
                    List.of(new Problem.FieldError("status", "must be one of "
                            + Arrays.toString(DeadLetters.Status.values())))));
        }
    }
}
