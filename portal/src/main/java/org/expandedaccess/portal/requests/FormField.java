package org.expandedaccess.portal.requests;

import java.util.List;

/**
 * One input of the request form. {@code path} is the field's JSON path in intake's request model
 * (with {@code []} where a row index goes), which is also the name the form posts and the name intake's
 * completeness and validation answers use, so an answer lands beside its field without translation.
 */
public record FormField(String path, String label, String hint, Widget widget, Type type, boolean optional,
                        List<Option> options, String autocomplete) {

    /** How the value is shown. */
    public enum Widget { TEXT, TEXTAREA, NUMBER, DECIMAL, DATE, YESNO, SELECT, EMAIL, TEL }

    /** What JSON the value becomes. */
    public enum Type { STRING, INTEGER, DECIMAL, DATE, BOOLEAN }

    public record Option(String value, String label) {
    }

    public FormField at(int row) {
        return new FormField(path.replace("[]", "[" + row + "]"), label, hint, widget, type, optional, options,
                autocomplete);
    }

    static FormField text(String path, String label, String hint) {
        return new FormField(path, label, hint, Widget.TEXT, Type.STRING, false, List.of(), null);
    }

    static FormField area(String path, String label, String hint) {
        return new FormField(path, label, hint, Widget.TEXTAREA, Type.STRING, false, List.of(), null);
    }

    static FormField number(String path, String label, String hint) {
        return new FormField(path, label, hint, Widget.NUMBER, Type.INTEGER, false, List.of(), null);
    }

    static FormField decimal(String path, String label, String hint) {
        return new FormField(path, label, hint, Widget.DECIMAL, Type.DECIMAL, false, List.of(), null);
    }

    static FormField date(String path, String label, String hint) {
        return new FormField(path, label, hint, Widget.DATE, Type.DATE, false, List.of(), null);
    }

    static FormField yesNo(String path, String label, String hint) {
        return new FormField(path, label, hint, Widget.YESNO, Type.BOOLEAN, false,
                List.of(new Option("true", "Yes"), new Option("false", "No")), null);
    }

    static FormField select(String path, String label, String hint, Type type, Option... options) {
        return new FormField(path, label, hint, Widget.SELECT, type, false, List.of(options), null);
    }

    FormField asOptional() {
        return new FormField(path, label, hint, widget, type, true, options, autocomplete);
    }

    FormField email() {
        return new FormField(path, label, hint, Widget.EMAIL, type, optional, options, "email");
    }

    FormField tel() {
        return new FormField(path, label, hint, Widget.TEL, type, optional, options, "tel");
    }

    FormField auto(String token) {
        return new FormField(path, label, hint, widget, type, optional, options, token);
    }
}
