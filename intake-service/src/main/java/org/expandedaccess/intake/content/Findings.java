package org.expandedaccess.intake.content;

import java.util.ArrayList;
import java.util.List;

/** Field-level findings collected while walking a request; paths are JSON paths of the body. */
public final class Findings {

    /** One finding: the JSON path of the field and a message a physician understands. */
    public record Finding(String field, String message) {
    }

    private final List<Finding> list = new ArrayList<>();

    void add(String field, String message) {
        list.add(new Finding(field, message));
    }

    /** Adds the message when the value is present and fails the check. */
    void ifPresent(String field, Object value, boolean ok, String message) {
        if (value != null && !ok) {
            add(field, message);
        }
    }

    void maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            add(field, "must be at most " + max + " characters");
        }
    }

    void required(String field, Object value, String message) {
        if (value == null || value instanceof String s && s.isBlank()) {
            add(field, message);
        }
    }

    public List<Finding> list() {
        return List.copyOf(list);
    }
}
