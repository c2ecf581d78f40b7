package org.expandedaccess.platform.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem detail. {@code type} is stable and documented; {@code errors} lists
 * field-level validation failures; {@code extensions} are further members at the top level
 * (RFC 9457 section 3.2), e.g. the states a case may move to.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem detail (application/problem+json)")
public record Problem(
        @Schema(example = "urn:expanded-access:problem:validation") String type,
        @Schema(example = "The request is not valid") String title,
        @Schema(example = "400") int status,
        String detail,
        String instance,
        List<FieldError> errors,
        @JsonIgnore @Schema(hidden = true) Map<String, Object> extensions) {

    public Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
        this(type, title, status, detail, instance, errors, Map.of());
    }

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
        return new Problem(type, title, status, detail, path, errors, extensions);
    }

    /** This problem with one more extension member. */
    public Problem with(String member, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(extensions == null ? Map.of() : extensions);
        more.put(member, value);
        return new Problem(type, title, status, detail, instance, errors, Map.copyOf(more));
    }

    @JsonAnyGetter
    Map<String, Object> extensionMembers() {
        return extensions == null ? Map.of() : extensions;
    }
}
