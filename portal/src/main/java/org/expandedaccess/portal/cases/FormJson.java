package org.expandedaccess.portal.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.MultivaluedMap;

import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case action's form to the JSON body the case API takes. Inputs are named by their JSON path
 * ({@code shipment.quantity}, {@code vitalSigns[0].pulse}), so a problem the API names comes back to the
 * input it concerns. Blank inputs are left out; {@code _}-prefixed inputs (CSRF, form id) are not sent.
 */
public final class FormJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Pattern SEGMENT = Pattern.compile("^([A-Za-z]+)(?:\\[(\\d+)])?$");

    private FormJson() {
    }

    /** A number could not be read: the path and the message, as the API would name it. */
    public static final class Unreadable extends RuntimeException {
        private final String path;

        Unreadable(String path, String message) {
            super(message);
            this.path = path;
        }

        public String path() {
            return path;
        }
    }

    public static ObjectNode build(MultivaluedMap<String, String> form, Set<String> integers, Set<String> decimals,
                                   Set<String> booleans) {
        ObjectNode root = JSON.objectNode();
        form.forEach((name, values) -> {
            if (name.startsWith("_") || name.equals("csrf-token") || values.isEmpty()) {
                return;
            }
            String raw = values.get(0) == null ? "" : values.get(0).strip();
            String bare = name.replaceAll("\\[\\d+]", "[]");
            if (raw.isEmpty()) {
                return;
            }
            JsonNode value;
            try {
                if (integers.contains(bare)) {
                    value = JSON.numberNode(Integer.parseInt(raw));
                } else if (decimals.contains(bare)) {
                    value = JSON.numberNode(new BigDecimal(raw.replace(',', '.')));
                } else if (booleans.contains(bare)) {
                    value = JSON.booleanNode("true".equals(raw) || "on".equals(raw));
                } else {
                    value = JSON.textNode(raw);
                }
            } catch (NumberFormatException e) {
                throw new Unreadable(name, integers.contains(bare) ? "must be a whole number" : "must be a number");
            }
            set(root, name, value);
        });
        return root;
    }

    private static void set(ObjectNode root, String path, JsonNode value) {
        String[] parts = path.split("\\.");
        JsonNode node = root;
        for (int i = 0; i < parts.length; i++) {
            Matcher m = SEGMENT.matcher(parts[i]);
            if (!m.matches()) {
                return;
            }
            boolean last = i == parts.length - 1;
            String key = m.group(1);
            ObjectNode obj = (ObjectNode) node;
            if (m.group(2) == null) {
                if (last) {
                    obj.set(key, value);
                    return;
                }
                node = obj.get(key) instanceof ObjectNode o ? o : obj.putObject(key);
            } else {
                int index = Integer.parseInt(m.group(2));
                ArrayNode array = obj.get(key) instanceof ArrayNode a ? a : obj.putArray(key);
                while (array.size() <= index) {
                    array.add(last ? JSON.nullNode() : JSON.objectNode());
                }
                if (last) {
                    array.set(index, value);
                    return;
                }
                node = array.get(index);
            }
        }
    }
}
