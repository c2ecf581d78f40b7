package org.expandedaccess.portal.requests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.MultivaluedMap;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the form shows, keyed by JSON path, and its translation to and from intake's request JSON. Row
 * lists are compacted (empty rows dropped) on the way to JSON; {@link #formPath} maps intake's indexes
 * back to the rows on the screen.
 */
public final class FormValues {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Pattern INDEXED = Pattern.compile("^([A-Za-z.]+)\\[(\\d+)](.*)$");

    private final Map<String, List<String>> values;
    private final Map<String, Integer> rowCounts;
    private final Map<String, List<Integer>> jsonRowToFormRow = new HashMap<>();
    private final Map<String, String> parseErrors = new LinkedHashMap<>();

    private FormValues(Map<String, List<String>> values, Map<String, Integer> rowCounts) {
        this.values = values;
        this.rowCounts = rowCounts;
    }

    /** What the browser posted: every input by its path, and {@code rows.<path>} with each list's row count. */
    public static FormValues fromForm(MultivaluedMap<String, String> form) {
        Map<String, List<String>> values = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        form.forEach((k, v) -> {
            if (k.startsWith("rows.")) {
                counts.put(k.substring(5), parseCount(v.isEmpty() ? null : v.get(0)));
            } else {
                values.put(k, List.copyOf(v));
            }
        });
        return new FormValues(values, counts);
    }

    /** What intake stored: the draft's content. */
    public static FormValues fromContent(JsonNode content) {
        Map<String, List<String>> values = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        if (content != null && !content.isNull()) {
            values.put("programId", List.of(content.path("programId").asText("mdma-ptsd")));
            for (RequestForm.Section s : RequestForm.SECTIONS) {
                for (FormField f : s.fields()) {
                    put(values, f.path(), at(content, f.path()));
                }
                if (s.rows() != null) {
                    JsonNode list = at(content, s.rows().path());
                    int n = list != null && list.isArray() ? list.size() : 0;
                    counts.put(s.rows().path(), n);
                    for (int i = 0; i < n; i++) {
                        for (FormField f : s.rows().fields()) {
                            FormField row = f.at(i);
                            put(values, row.path(), at(content, row.path()));
                        }
                    }
                    if (s.rows().noneLabel() != null && list != null && list.isArray() && list.isEmpty()) {
                        values.put(s.rows().path() + ".none", List.of("true"));
                    }
                }
                if (s.checks() != null) {
                    JsonNode list = at(content, s.checks().path());
                    if (list != null && list.isArray()) {
                        List<String> codes = new ArrayList<>();
                        list.forEach(n -> codes.add(n.asText()));
                        values.put(s.checks().path(), codes.isEmpty() ? List.of(RequestForm.NONE) : codes);
                    }
                }
            }
        }
        return new FormValues(values, counts);
    }

    public String value(String path) {
        List<String> v = values.get(path);
        return v == null || v.isEmpty() || v.get(0) == null ? "" : v.get(0);
    }

    public List<String> all(String path) {
        return values.getOrDefault(path, List.of());
    }

    /** Rows to show: what is there, at least the minimum, one more when {@code add} names this list. */
    public int rows(RequestForm.Rows rows, String add) {
        int n = Math.max(rowCounts.getOrDefault(rows.path(), 0), rows.minimum());
        if (rows.path().equals(add)) {
            n++;
        }
        return Math.min(n, rows.maximum());
    }

    /** Values the portal could not turn into the JSON type (e.g. letters in a number), by path. */
    public Map<String, String> parseErrors() {
        return parseErrors;
    }

    /** intake's JSON path of a field to the path of the input on the screen (row indexes differ after compaction). */
    public String formPath(String jsonPath) {
        Matcher m = INDEXED.matcher(jsonPath);
        if (!m.matches()) {
            return jsonPath;
        }
        List<Integer> map = jsonRowToFormRow.get(m.group(1));
        int index = Integer.parseInt(m.group(2));
        if (map == null || index >= map.size()) {
            return jsonPath;
        }
        return m.group(1) + "[" + map.get(index) + "]" + m.group(3);
    }

    /**
     * The request JSON for intake: every container present and every leaf set (null when blank), so
     * completeness names each missing field; rows with nothing in them left out. {@code withoutPaths} are
     * sent as null (values intake refused, so the rest can still be saved).
     */
    public ObjectNode toContent(java.util.Set<String> withoutPaths) {
        parseErrors.clear();
        jsonRowToFormRow.clear();
        ObjectNode root = JSON.objectNode();
        String program = value("programId");
        root.put("programId", program.isBlank() ? "mdma-ptsd" : program);
        for (RequestForm.Section s : RequestForm.SECTIONS) {
            for (FormField f : s.fields()) {
                set(root, f.path(), withoutPaths.contains(f.path()) ? null : parse(f, f.path()));
            }
            if (s.rows() != null) {
                rowsToJson(root, s.rows(), withoutPaths);
            }
            if (s.checks() != null) {
                List<String> codes = all(s.checks().path()).stream().filter(c -> !c.isBlank()).toList();
                if (codes.isEmpty() || withoutPaths.contains(s.checks().path())) {
                    set(root, s.checks().path(), null);
                } else {
                    ArrayNode list = JSON.arrayNode();
                    codes.stream().filter(c -> !RequestForm.NONE.equals(c)).forEach(list::add);
                    set(root, s.checks().path(), list);
                }
            }
        }
        // intake answers 500 to an address or licence whose state is missing (it looks the state up without a
        // null check), so they go only with their state; until then their other values stay on the screen
        for (String address : WITH_STATE) {
            JsonNode a = at(root, address);
            if (a != null && (a.path("state").isNull() || a.path("state").isMissingNode())) {
                boolean typed = false;
                for (var it = a.fields(); it.hasNext(); ) {
                    typed |= !it.next().getValue().isNull();
                }
                set(root, address, null);
                if (typed) {
                    parseErrors.put(address + ".state", "choose the state: the "
                            + (address.endsWith("license") ? "licence" : "address") + " is saved with its state");
                }
            }
        }
        return root;
    }

    private static final List<String> WITH_STATE = List.of("physician.address", "physician.license", "site.address");

    private void rowsToJson(ObjectNode root, RequestForm.Rows rows, java.util.Set<String> withoutPaths) {
        ArrayNode list = JSON.arrayNode();
        List<Integer> formRows = new ArrayList<>();
        int count = Math.max(rowCounts.getOrDefault(rows.path(), 0), rows.minimum());
        for (int i = 0; i < count; i++) {
            final int row = i;
            boolean any = rows.fields().stream().anyMatch(f -> !value(f.at(row).path()).isBlank());
            if (!any) {
                continue;
            }
            ObjectNode item = JSON.objectNode();
            for (FormField f : rows.fields()) {
                FormField at = f.at(i);
                String leaf = f.path().substring(f.path().indexOf("[].") + 3);
                // intake's path of this value once empty rows are dropped
                String jsonPath = rows.path() + "[" + formRows.size() + "]." + leaf;
                JsonNode v = parse(at, at.path());
                item.set(leaf, withoutPaths.contains(jsonPath) ? JSON.nullNode() : v == null ? JSON.nullNode() : v);
            }
            formRows.add(i);
            list.add(item);
        }
        jsonRowToFormRow.put(rows.path(), formRows);
        boolean none = "true".equals(value(rows.path() + ".none"));
        set(root, rows.path(), !list.isEmpty() || none ? list : null);
    }

    private JsonNode parse(FormField f, String path) {
        String raw = value(path).strip();
        if (raw.isEmpty()) {
            return null;
        }
        try {
            return switch (f.type()) {
                case STRING -> JSON.textNode(raw);
                case INTEGER -> JSON.numberNode(Integer.parseInt(raw));
                case DECIMAL -> JSON.numberNode(new BigDecimal(raw.replace(',', '.')));
                case DATE -> JSON.textNode(LocalDate.parse(raw).toString());
                case BOOLEAN -> "true".equals(raw) ? JSON.booleanNode(true)
                        : "false".equals(raw) ? JSON.booleanNode(false) : fail("must be Yes or No");
            };
        } catch (NumberFormatException e) {
            parseErrors.put(path, f.type() == FormField.Type.INTEGER ? "must be a whole number" : "must be a number");
        } catch (DateTimeParseException e) {
            parseErrors.put(path, "must be a date (YYYY-MM-DD)");
        } catch (IllegalArgumentException e) {
            parseErrors.put(path, e.getMessage());
        }
        return null;
    }

    private static JsonNode fail(String message) {
        throw new IllegalArgumentException(message);
    }

    private static void set(ObjectNode root, String path, JsonNode value) {
        String[] parts = path.split("\\.");
        ObjectNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode next = node.get(parts[i]);
            if (!(next instanceof ObjectNode)) {
                next = node.putObject(parts[i]);
            }
            node = (ObjectNode) next;
        }
        node.set(parts[parts.length - 1], value == null ? JSON.nullNode() : value);
    }

    private static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        for (String part : path.split("\\.")) {
            Matcher m = Pattern.compile("^(\\w+)\\[(\\d+)]$").matcher(part);
            if (m.matches()) {
                node = node.path(m.group(1)).path(Integer.parseInt(m.group(2)));
            } else {
                node = node.path(part);
            }
            if (node.isMissingNode() || node.isNull()) {
                return null;
            }
        }
        return node;
    }

    private static void put(Map<String, List<String>> values, String path, JsonNode node) {
        if (node != null && !node.isNull() && !node.isMissingNode() && node.isValueNode()) {
            values.put(path, List.of(node.asText()));
        }
    }

    private static int parseCount(String s) {
        try {
            return s == null ? 0 : Math.max(0, Math.min(50, Integer.parseInt(s.strip())));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
