package org.expandedaccess.portal.cases;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one action form on a case page that was just posted and refused: what was typed (shown again, so
 * nothing is lost) and the problem beside each field it concerns, in the API's words.
 */
public final class CaseForms {

    private final String formId;
    private final MultivaluedMap<String, String> posted;
    private final Map<String, String> errors;
    private final String message;
    private final String done;
    private final Map<String, String> claimedBy = new java.util.HashMap<>();

    private CaseForms(String formId, MultivaluedMap<String, String> posted, Map<String, String> errors, String message,
                      String done) {
        this.formId = formId;
        this.posted = posted;
        this.errors = errors;
        this.message = message;
        this.done = done;
    }

    public static CaseForms none() {
        return new CaseForms(null, new MultivaluedHashMap<>(), Map.of(), null, null);
    }

    public static CaseForms done(String text) {
        return new CaseForms(null, new MultivaluedHashMap<>(), Map.of(), null, text);
    }

    public static CaseForms refused(String formId, MultivaluedMap<String, String> posted, Map<String, String> errors,
                                    String message) {
        return new CaseForms(formId, posted, new LinkedHashMap<>(errors), message, null);
    }

    public String value(String form, String path) {
        return form.equals(formId) && posted.getFirst(path) != null ? posted.getFirst(path) : "";
    }

    public boolean checked(String form, String path, String option) {
        return form.equals(formId) && option.equals(posted.getFirst(path));
    }

    /**
     * The problem beside an input: its own, or one the API named for the object it belongs to ("loa" for
     * "loa.reference"), shown beside the first input of that object.
     */
    public String error(String form, String path) {
        if (!form.equals(formId)) {
            return null;
        }
        String own = errors.get(path);
        if (own != null) {
            return own;
        }
        for (Map.Entry<String, String> e : errors.entrySet()) {
            if (path.startsWith(e.getKey() + ".") && path.equals(claimedBy.computeIfAbsent(e.getKey(), k -> path))) {
                return e.getValue();
            }
        }
        return null;
    }

    public String message(String form) {
        return form.equals(formId) ? message : null;
    }

    /** The refused form stays open, so its problem is in view. */
    public boolean open(String form) {
        return form.equals(formId);
    }

    public String doneText() {
        return done;
    }
}
