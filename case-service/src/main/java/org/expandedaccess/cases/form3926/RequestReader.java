package org.expandedaccess.cases.form3926;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * Reads intake's request JSON by dotted path, tolerating anything: a missing, null, blank or oddly typed
 * value reads as absent, so that intake can add or drop fields without breaking the draft.
 */
final class RequestReader {

    private final JsonNode request;
    private final JsonNode content;

    RequestReader(JsonNode request) {
        this.request = request == null ? MissingNode.getInstance() : request;
        // RequestView wraps the content; accept a bare content object as well.
        JsonNode wrapped = this.request.path("content");
        this.content = wrapped.isObject() ? wrapped : this.request;
    }

    /** The node at a dotted path inside {@code content}; a missing node when absent. */
    JsonNode node(String path) {
        JsonNode node = content;
        for (String part : path.split("\\.")) {
            node = node.path(part);
        }
        return node;
    }

    /** Text at a path: strings trimmed, numbers in plain notation, booleans as words; {@code null} when absent. */
    String text(String path) {
        return text(node(path));
    }

    static String text(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull() || node.isContainerNode()) {
            return null;
        }
        if (node.isIntegralNumber()) {
            return node.asText();
        }
        if (node.isNumber()) {
            return node.decimalValue().stripTrailingZeros().toPlainString();
        }
        String text = node.asText().strip();
        return text.isEmpty() ? null : text;
    }

    /** A boolean at a path: JSON booleans and the strings true/false; {@code null} otherwise. */
    Boolean bool(String path) {
        return bool(node(path));
    }

    Boolean rootBool(String field) {
        return bool(request.path(field));
    }

    private static Boolean bool(JsonNode node) {
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isTextual() && ("true".equalsIgnoreCase(node.asText()) || "false".equalsIgnoreCase(node.asText()))) {
            return Boolean.valueOf(node.asText());
        }
        return null;
    }

    /** A date at a path, ISO text ({@code 2026-11-02}, or the date part of a timestamp) or a [y, m, d] array. */
    LocalDate date(String path) {
        return date(node(path));
    }

    static LocalDate date(JsonNode node) {
        if (node.isArray() && node.size() >= 3 && node.get(0).isInt() && node.get(1).isInt() && node.get(2).isInt()) {
            try {
                return LocalDate.of(node.get(0).asInt(), node.get(1).asInt(), node.get(2).asInt());
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        String text = text(node);
        if (text == null || text.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(text.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The elements of an array at a path; empty when absent. {@link #isArray(String)} tells absent from empty. */
    List<JsonNode> array(String path) {
        List<JsonNode> elements = new ArrayList<>();
        JsonNode node = node(path);
        if (node.isArray()) {
            node.forEach(elements::add);
        }
        return elements;
    }

    boolean isArray(String path) {
        return node(path).isArray();
    }
}
