package org.expandedaccess.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * An RFC 9457 problem detail. {@code type} is stable and documented; {@code errors} lists
 * field-level validation failures.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem detail (application/problem+json)")
public record Problem(
        @Schema(example = "urn:expanded-access:problem:validation") String type,
        @Schema(example = "The request is not valid") String title,
        @Schema(example = "400") int status,
        String detail,
        String instance,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "urn:expanded-access:problem:";

    /** One invalid or missing field. */
    public record FieldError(@Schema(example = "patient.initials") String field,
                             @Schema(example = "must be 2 or 3 capital letters") String message) {
    }

    public static Problem of(String slug, String title, int status, String detail) {
        return new Problem(TYPE_PREFIX + slug, title, status, detail, null, null);
    }

    /** Field-level refusal (400 for malformed input, 422 for well-formed but unacceptable). */
    public static Problem validation(int status, String detail, List<FieldError> errors) {
        return new Problem(TYPE_PREFIX + "validation", "The request is not valid", status, detail, null, errors);
    }

    /** A dependency (database, identity provider, network peer) is down; the caller may retry. */
    public static Problem dependencyUnavailable(String which) {
        return of("dependency-unavailable", "Service temporarily unavailable", 503,
                "A system this service depends on (" + which + ") cannot be reached. Nothing was changed; retry later.");
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, errors);
    }
}
