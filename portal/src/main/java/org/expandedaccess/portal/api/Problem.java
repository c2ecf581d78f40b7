package org.expandedaccess.portal.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** An RFC 9457 problem as the services answer it; {@code allowed} is case-service's list of permitted moves. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors,
                      List<String> allowed) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FieldError(String field, String message) {
    }

    public List<FieldError> fieldErrors() {
        return errors == null ? List.of() : errors;
    }
}
