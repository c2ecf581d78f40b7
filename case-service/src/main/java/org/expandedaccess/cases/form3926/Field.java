package org.expandedaccess.cases.form3926;

/**
 * One field of the Form FDA 3926 draft.
 *
 * @param number the field number on the 08/22 edition ({@code "2"}, {@code "4.a"}, {@code "10.b"}). Where the
 *               form lists several items under one number without letters (fields 1, 5 and 6), this draft
 *               letters them in the order docs/regulatory/form-3926.md lists them ({@code "1.a"} physician name ...
 *               {@code "1.f"} e-mail); the official form's own letters are 4.a, 4.b and 10.b
 * @param label  what the field asks for
 * @param value  the drafted value; {@code null} when not filled
 * @param filled whether the system filled it
 * @param note   for a filled field, where the value comes from; for an unfilled one, why it is not filled
 *               and what to do ("to be signed by the physician", "not given in the request"). A note that
 *               starts with {@value #NOT_APPLICABLE} marks a field this submission type does not complete
 */
public record Field(String number, String label, String value, boolean filled, String note) {

    /** Start of the note of a field that the chosen submission type leaves empty. */
    public static final String NOT_APPLICABLE = "Not applicable";

    static Field filled(String number, String label, String value, String source) {
        return new Field(number, label, value, true, source);
    }

    static Field unfilled(String number, String label, String why) {
        return new Field(number, label, null, false, why);
    }

    static Field notApplicable(String number, String label, String why) {
        return new Field(number, label, null, false, NOT_APPLICABLE + ": " + why);
    }

    /** Whether the chosen submission type completes this field at all. */
    public boolean applicable() {
        return filled || note == null || !note.startsWith(NOT_APPLICABLE);
    }
}
