package org.expandedaccess.cases.form3926;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/** How the Form FDA 3926 draft words its values: request fields as draft fields, codes as words, US dates. */
final class Wording {

    static final String NOT_GIVEN = "Not given in the request.";

    /** The date format field 3 asks for (mm/dd/yyyy), used for every date on the draft. */
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.US);

    private Wording() {
    }

    /** The request's value at {@code path} as the field, or unfilled as {@link #NOT_GIVEN}. */
    static Field text(RequestReader r, String number, String label, String path) {
        return text(r, number, label, path, NOT_GIVEN);
    }

    static Field text(RequestReader r, String number, String label, String path, String whyUnfilled) {
        String value = r.text(path);
        return value == null ? Field.unfilled(number, label, whyUnfilled)
                : Field.filled(number, label, value, "Request: " + path + ".");
    }

    static Field formatted(RequestReader r, String number, String label, String path, UnaryOperator<String> format) {
        String value = r.text(path);
        return value == null ? Field.unfilled(number, label, NOT_GIVEN)
                : Field.filled(number, label, format.apply(value), "Request: " + path + ".");
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** mm/dd/yyyy. */
    static String usDate(LocalDate date) {
        return US_DATE.format(date);
    }

    /** {@code PARTIAL_RESPONSE} to "partial response"; short codes such as SSRI or EMDR stay as they are. */
    static String words(String code) {
        if (code.length() <= 4 && code.chars().allMatch(Character::isUpperCase)) {
            return code;
        }
        if (!code.equals(code.toUpperCase(Locale.ROOT))) {
            return code;
        }
        return code.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** {@link #words(String)} starting upper-case: {@code FEMALE} to "Female". */
    static String sentence(String code) {
        String w = words(code);
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    /** The parts that are not blank, stripped, joined with the separator. */
    static String join(String separator, String... parts) {
        List<String> present = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                present.add(part.strip());
            }
        }
        return String.join(separator, present);
    }

    /** Parts as sentences: each starts upper-case and ends with a full stop. */
    static String sentences(List<String> parts) {
        List<String> out = new ArrayList<>();
        for (String part : parts) {
            String s = part.strip();
            if (s.isEmpty()) {
                continue;
            }
            s = Character.toUpperCase(s.charAt(0)) + s.substring(1);
            out.add(s.endsWith(".") || s.endsWith("!") || s.endsWith("?") ? s : s + ".");
        }
        return String.join(" ", out);
    }

    /** Minutes as hours: 120 to "2", 90 to "1.5". */
    static String hours(int minutes) {
        return minutes % 60 == 0 ? Integer.toString(minutes / 60) : Double.toString(minutes / 60.0);
    }
}
