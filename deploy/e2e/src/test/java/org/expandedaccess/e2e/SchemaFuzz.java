package org.expandedaccess.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Request bodies generated from an OpenAPI document: one plausible instance of a schema, and variants
 * of it with one deliberate violation each. Every variant says whether the contract forbids it outright
 * (then no answer may be 2xx) or only may (a null or a long text can be acceptable for an optional field).
 */
final class SchemaFuzz {

    private static final JsonNodeFactory N = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One body to send: raw text (it may be invalid JSON on purpose), and whether it must be refused. */
    record Variant(String description, String body, String contentType, boolean mustBeRefused) {
    }

    private final JsonNode document;
    private final Random random;

    SchemaFuzz(JsonNode document, Random random) {
        this.document = document;
        this.random = random;
    }

    /** The schema with its {@code $ref} followed (sibling keywords kept where the target lacks them). */
    JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        for (int i = 0; i < 10 && s != null && s.has("$ref"); i++) {
            String ref = s.get("$ref").asText();
            JsonNode target = document.at(ref.substring(1));
            if (target.isMissingNode()) {
                return s;
            }
            ObjectNode merged = target.deepCopy();
            s.fields().forEachRemaining(e -> {
                if (!e.getKey().equals("$ref") && !merged.has(e.getKey())) {
                    merged.set(e.getKey(), e.getValue());
                }
            });
            s = merged;
        }
        return s;
    }

    /** A plausible instance: examples where the document gives them, else values of the right type and format. */
    JsonNode sample(JsonNode schemaRef, int depth) {
        JsonNode schema = resolve(schemaRef);
        if (schema == null || schema.isMissingNode()) {
            return N.textNode("x");
        }
        if (schema.has("examples") && schema.get("examples").isArray() && !schema.get("examples").isEmpty()) {
            return schema.get("examples").get(0);
        }
        if (schema.has("example")) {
            return schema.get("example");
        }
        if (schema.has("enum") && !schema.get("enum").isEmpty()) {
            return schema.get("enum").get(random.nextInt(schema.get("enum").size()));
        }
        String type = type(schema);
        String format = schema.path("format").asText("");
        switch (type) {
            case "object" -> {
                ObjectNode o = N.objectNode();
                if (depth > 4) {
                    return o;
                }
                schema.path("properties").fields().forEachRemaining(e -> {
                    if (!e.getValue().path("readOnly").asBoolean(false)) {
                        o.set(e.getKey(), sample(e.getValue(), depth + 1));
                    }
                });
                return o;
            }
            case "array" -> {
                ArrayNode a = N.arrayNode();
                if (depth <= 4) {
                    a.add(sample(schema.path("items"), depth + 1));
                }
                return a;
            }
            case "integer" -> {
                return N.numberNode(schema.path("minimum").asLong(1));
            }
            case "number" -> {
                return N.numberNode(schema.has("minimum") ? schema.get("minimum").asDouble() : 1.0);
            }
            case "boolean" -> {
                return N.booleanNode(true);
            }
            default -> {
                return switch (format) {
                    case "date" -> N.textNode(LocalDate.now().minusDays(1).toString());
                    case "date-time" -> N.textNode("2026-11-30T10:00:00Z");
                    case "uuid" -> N.textNode(UUID.randomUUID().toString());
                    case "email" -> N.textNode("someone@clinic.example");
                    default -> N.textNode("AB");
                };
            }
        }
    }

    static String type(JsonNode schema) {
        JsonNode t = schema.path("type");
        if (t.isArray()) {
            for (JsonNode x : t) {
                if (!x.asText().equals("null")) {
                    return x.asText();
                }
            }
        }
        if (t.isTextual()) {
            return t.asText();
        }
        if (schema.has("properties")) {
            return "object";
        }
        return "string";
    }

    /** The valid-looking body, then violations of the whole body, then {@code perField} violations of single fields. */
    /** Whether the schema accepts properties it does not name ({@code additionalProperties} true or a schema). */
    private static boolean open(JsonNode schema) {
        JsonNode additional = schema.path("additionalProperties");
        return additional.isObject() || additional.asBoolean(false);
    }

    List<Variant> variants(JsonNode schemaRef, int perField) {
        JsonNode base = sample(schemaRef, 0);
        List<Variant> out = new ArrayList<>();
        out.add(new Variant("as generated", base.toString(), "application/json", false));
        // whole-body classes
        out.add(new Variant("trailing garbage", base + "garbage", "application/json", true));
        out.add(new Variant("two JSON values", base + "{}", "application/json", true));
        out.add(new Variant("no body", "", "application/json", true));
        out.add(new Variant("the JSON literal null", "null", "application/json", true));
        out.add(new Variant("an array instead of an object", "[" + base + "]", "application/json", true));
        out.add(new Variant("no Content-Type", base.toString(), null, true));
        out.add(new Variant("text/plain", base.toString(), "text/plain", true));
        out.add(new Variant("malformed JSON", "{\"a\":", "application/json", true));
        // one field at a time
        List<Variant> fields = new ArrayList<>();
        if (base.isObject()) {
            ObjectNode unknown = ((ObjectNode) base).deepCopy();
            unknown.put("surelyNotAField", "x");
            // refused unless the schema says other properties are accepted (pre-screening ignores the rest of a draft)
            fields.add(new Variant("unknown property at the top", unknown.toString(), "application/json",
                    !open(resolve(schemaRef))));
            fieldVariants(resolve(schemaRef), (ObjectNode) base, "", fields, 0);
        }
        java.util.Collections.shuffle(fields, random);
        out.addAll(fields.subList(0, Math.min(perField, fields.size())));
        return out;
    }

    private void fieldVariants(JsonNode schema, ObjectNode base, String prefix, List<Variant> out, int depth) {
        Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> p = it.next();
            String field = prefix + p.getKey();
            JsonNode fieldSchema = resolve(p.getValue());
            String type = type(fieldSchema);
            boolean isEnum = fieldSchema.has("enum");
            String format = fieldSchema.path("format").asText("");
            // replacement JSON text for the field -> must it be refused?
            Map<String, Boolean> values = new java.util.LinkedHashMap<>();
            values.put("null", false);
            switch (type) {
                case "string" -> {
                    values.put("12", true);
                    values.put("true", true);
                    values.put("{}", true);
                    values.put("\"A\\u0000B\"", true);
                    values.put("\"\\ud800B\"", true);
                    values.put("\"" + "x".repeat(5000) + "\"", false);
                    if (format.equals("date")) {
                        values.put("\"+999999999-12-31\"", true);
                        values.put("\"9999-12-31\"", true);
                        values.put("\"-0001-01-01\"", true);
                        values.put("\"2026-02-30\"", true);
                        values.put("20260101", true);
                    }
                    if (format.equals("uuid")) {
                        values.put("\"not-a-uuid\"", true);
                    }
                    if (isEnum) {
                        values.put("\"NOT_A_VALUE\"", true);
                        values.put("0", true);
                    }
                }
                case "integer" -> {
                    values.put("1.5", true);
                    values.put("\"34\"", true);
                    values.put("true", true);
                    values.put("99999999999999999999", true);
                    values.put("-2147483649", false);
                }
                case "number" -> {
                    values.put("\"3.5\"", true);
                    values.put("false", true);
                    values.put("1e308", false);
                }
                case "boolean" -> {
                    values.put("\"false\"", true);
                    values.put("0", true);
                    values.put("\"yes\"", true);
                }
                case "array" -> {
                    values.put("{}", true);
                    values.put("\"a\"", true);
                    values.put("[null]", true);
                }
                case "object" -> {
                    values.put("[]", true);
                    values.put("\"x\"", true);
                    values.put("{}", false);
                    if (depth < 3 && base.get(p.getKey()) instanceof ObjectNode nested) {
                        ObjectNode withUnknown = base.deepCopy();
                        ((ObjectNode) withUnknown.get(p.getKey())).put("surelyNotAField", 1);
                        out.add(new Variant("unknown property in " + field, withUnknown.toString(), "application/json",
                                !open(fieldSchema)));
                        // nested fields keep the rest of the body as generated
                        List<Variant> inner = new ArrayList<>();
                        fieldVariants(fieldSchema, nested, "", inner, depth + 1);
                        for (Variant v : inner) {
                            String json = v.body();
                            out.add(new Variant(field + "." + v.description(), replaceField(base, p.getKey(), json),
                                    "application/json", v.mustBeRefused()));
                        }
                    }
                }
                default -> {
                }
            }
            for (Map.Entry<String, Boolean> v : values.entrySet()) {
                out.add(new Variant(field + " = " + abbreviate(v.getKey()), replaceField(base, p.getKey(), v.getKey()),
                        "application/json", v.getValue()));
            }
        }
    }

    /** The object's JSON text with one field's value replaced by raw JSON text (which may be deliberately odd). */
    private static String replaceField(ObjectNode base, String field, String rawValue) {
        ObjectNode copy = base.deepCopy();
        String marker = "__fuzz_" + UUID.randomUUID() + "__";
        copy.put(field, marker);
        return copy.toString().replace("\"" + marker + "\"", rawValue);
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the served OpenAPI document is not JSON", e);
        }
    }
}
