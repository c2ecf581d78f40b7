package org.expandedaccess.portal.requests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The request form ready to render: every input with its value and the problem beside it (missing or
 * invalid, in intake's own words), grouped in the sections of {@link RequestForm}.
 */
public record FormView(List<SectionView> sections, List<Issue> issues, String programId) {

    public record OptionView(String value, String label, boolean selected) {
    }

    public record FieldView(String path, String id, String label, String hint, String widget, String value,
                            String error, boolean optional, List<OptionView> options, String autocomplete) {

        public boolean hasError() {
            return error != null;
        }

        public String describedBy() {
            return "e-" + id + (hint != null ? " h-" + id : "");
        }
    }

    public record RowView(int index, int number, List<FieldView> fields) {
    }

    public record RowsView(String path, String id, String title, String rowLabel, List<RowView> rows, int count,
                           boolean canAdd, String noneLabel, boolean noneChecked, String error) {
    }

    public record ChecksView(String path, String id, String label, String noneLabel, boolean noneChecked,
                             List<OptionView> options, String error) {
    }

    public record SectionView(String id, String title, String hint, List<FieldView> fields, RowsView rows,
                              ChecksView checks, String error, int issueCount) {
    }

    /** One thing that blocks submission, for the summary list: links to its field. */
    public record Issue(String path, String anchor, String label, String message) {
    }

    /** The id an input gets for a JSON path: letters, digits and dashes only. */
    public static String id(String path) {
        return "f-" + path.replace("[", "-").replace("]", "").replace('.', '-');
    }

    public static FormView of(FormValues values, Map<String, String> errors, String add) {
        Map<String, String> left = new LinkedHashMap<>(errors);
        List<Issue> issues = new ArrayList<>();
        List<SectionView> sections = new ArrayList<>();
        for (RequestForm.Section s : RequestForm.SECTIONS) {
            List<FieldView> fields = new ArrayList<>();
            int before = issues.size();
            for (FormField f : s.fields()) {
                fields.add(field(f, values, left, issues, null));
            }
            RowsView rows = null;
            if (s.rows() != null) {
                RequestForm.Rows r = s.rows();
                int n = values.rows(r, add);
                List<RowView> list = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    List<FieldView> rowFields = new ArrayList<>();
                    for (FormField f : r.fields()) {
                        rowFields.add(field(f.at(i), values, left, issues, r.rowLabel() + " " + (i + 1)));
                    }
                    list.add(new RowView(i, i + 1, rowFields));
                }
                String error = takeGroup(left, r.path());
                if (error != null) {
                    issues.add(new Issue(r.path(), id(r.path()), r.title(), error));
                }
                rows = new RowsView(r.path(), id(r.path()), r.title(), r.rowLabel(), list, n, n < r.maximum(),
                        r.noneLabel(), "true".equals(values.value(r.path() + ".none")), error);
            }
            ChecksView checks = null;
            if (s.checks() != null) {
                RequestForm.Checks c = s.checks();
                List<String> chosen = values.all(c.path());
                List<OptionView> options = c.options().stream()
                        .map(o -> new OptionView(o.value(), o.label(), chosen.contains(o.value()))).toList();
                String error = takeGroup(left, c.path());
                if (error != null) {
                    issues.add(new Issue(c.path(), id(c.path()), c.label(), error));
                }
                checks = new ChecksView(c.path(), id(c.path()), c.label(), c.noneLabel(),
                        chosen.contains(RequestForm.NONE), options, error);
            }
            String sectionError = takeGroup(left, s.id());
            if (sectionError != null) {
                issues.add(before, new Issue(s.id(), "s-" + s.id(), s.title(), sectionError));
            }
            sections.add(new SectionView(s.id(), s.title(), s.hint(), fields, rows, checks, sectionError,
                    issues.size() - before));
        }
        // anything intake named that has no input of its own (should not happen) still shows in the summary
        left.forEach((path, message) -> issues.add(new Issue(path, "issues", path, message)));
        String program = values.value("programId");
        return new FormView(sections, issues, program.isBlank() ? "mdma-ptsd" : program);
    }

    private static FieldView field(FormField f, FormValues values, Map<String, String> errors, List<Issue> issues,
                                   String rowLabel) {
        String value = values.value(f.path());
        String error = errors.remove(f.path());
        if (error != null) {
            issues.add(new Issue(f.path(), id(f.path()), rowLabel == null ? f.label() : rowLabel + ": " + f.label(),
                    error));
        }
        List<OptionView> options = f.options().stream()
                .map(o -> new OptionView(o.value(), o.label(), o.value().equals(value))).toList();
        return new FieldView(f.path(), id(f.path()), f.label(), f.hint(), f.widget().name().toLowerCase(), value,
                error, f.optional(), options, f.autocomplete());
    }

    /** Errors about a list or an object as a whole, or about a row of it ("site.therapists[1]"). */
    private static String takeGroup(Map<String, String> errors, String path) {
        List<String> messages = new ArrayList<>();
        errors.entrySet().removeIf(e -> {
            String p = e.getKey();
            boolean mine = p.equals(path) || (p.startsWith(path + "[") && p.indexOf('.', path.length()) < 0)
                    || (p.startsWith(path + ".") && !p.substring(path.length() + 1).contains("."));
            if (mine) {
                messages.add(e.getValue());
            }
            return mine;
        });
        return messages.isEmpty() ? null : String.join("; ", messages);
    }

    public int issueCount() {
        return issues.size();
    }
}
