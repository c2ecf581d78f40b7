package org.expandedaccess.intake.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Field-level findings collected while walking a request; paths are JSON paths of the body. */
public final class Findings {

    /** One finding: the JSON path of the field and a message a physician understands. */
    public record Finding(String field, String message) {
    }

    private final List<Finding> list = new ArrayList<>();

    void add(String field, String message) {
        list.add(new Finding(field, message));
    }

    /**
     * Adds the message when the value is present and fails the check. The check runs only on a present
     * value, so it never sees null (a null element of a list or an empty object's fields).
     */
    <T> void ifPresent(String field, T value, Predicate<? super T> ok, String message) {
        if (value != null && !ok.test(value)) {
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
