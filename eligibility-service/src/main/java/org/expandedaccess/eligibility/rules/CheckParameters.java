package org.expandedaccess.eligibility.rules;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The parameters of one criterion as a program definition gives them, read and checked for the rule that uses
 * them; remembers which were read, so that a misspelt one is reported ({@link #noOthers()}). Every problem is an
 * {@link IllegalArgumentException} whose message names the parameter.
 */
public final class CheckParameters {

    private final Map<String, Object> values;
    private final Set<String> used = new LinkedHashSet<>();

    CheckParameters(Map<String, Object> values) {
        this.values = values;
    }

    private Object required(String name) {
        used.add(name);
        Object v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("parameter '" + name + "' is missing");
        }
        return v;
    }

    /** The name of a known fact of the given type. */
    String fact(String name, Facts.Type type) {
        Object v = required(name);
        Facts.Type actual = v instanceof String s ? Facts.TYPES.get(s) : null;
        if (actual == null) {
            throw new IllegalArgumentException("parameter '" + name + "': unknown fact '" + v + "'; known facts are "
                    + String.join(", ", Facts.TYPES.keySet()));
        }
        if (actual != type) {
            throw new IllegalArgumentException("parameter '" + name + "': fact '" + v + "' is not a "
                    + type.name().toLowerCase(Locale.ROOT));
        }
        return (String) v;
    }

    /** A number, not negative. */
    BigDecimal number(String name) {
        Object v = required(name);
        if (!(v instanceof Number n)) {
            throw new IllegalArgumentException("parameter '" + name + "' must be a number, not '" + v + "'");
        }
        BigDecimal d = new BigDecimal(n.toString());
        if (d.signum() < 0) {
            throw new IllegalArgumentException("parameter '" + name + "' must not be negative");
        }
        return d;
    }

    /** A non-empty list of codes out of {@code allowed} (any case), upper-cased. */
    Set<String> codes(String name, Set<String> allowed) {
        Set<String> codes = names(name);
        for (String c : codes) {
            if (!allowed.contains(c.toUpperCase(Locale.ROOT))) {
                throw new IllegalArgumentException("parameter '" + name + "': unknown code '" + c + "'; allowed are "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
        return Set.copyOf(codes.stream().map(c -> c.toUpperCase(Locale.ROOT)).toList());
    }

    /** A non-empty list of non-blank texts, trimmed. */
    Set<String> names(String name) {
        Object v = required(name);
        if (!(v instanceof List<?> list) || list.isEmpty()) {
            throw new IllegalArgumentException("parameter '" + name + "' must be a non-empty list");
        }
        Set<String> out = new LinkedHashSet<>();
        for (Object o : list) {
            if (!(o instanceof String s) || s.isBlank()) {
                throw new IllegalArgumentException("parameter '" + name + "' must list non-blank texts");
            }
            out.add(s.trim());
        }
        return out;
    }

    /** Fact names mapped to the value, or list of values, each may have; empty when optional and not given. */
    Map<String, Set<Object>> factValues(String name, boolean required) {
        used.add(name);
        Object v = values.get(name);
        if (v == null && !required) {
            return Map.of();
        }
        if (!(v instanceof Map<?, ?> map) || map.isEmpty()) {
            throw new IllegalArgumentException("parameter '" + name + "' must map fact names to expected values");
        }
        Map<String, Set<Object>> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String fact = String.valueOf(e.getKey());
            Facts.Type type = Facts.TYPES.get(fact);
            if (type == null) {
                throw new IllegalArgumentException("parameter '" + name + "': unknown fact '" + fact
                        + "'; known facts are " + String.join(", ", Facts.TYPES.keySet()));
            }
            List<?> options = e.getValue() instanceof List<?> l ? l : Collections.singletonList(e.getValue());
            Set<Object> allowed = new LinkedHashSet<>();
            for (Object o : options) {
                allowed.add(expectedValue(name, fact, type, o));
            }
            if (allowed.isEmpty()) {
                throw new IllegalArgumentException("parameter '" + name + "': fact '" + fact + "' has no expected value");
            }
            out.put(fact, allowed);
        }
        return out;
    }

    private static Object expectedValue(String name, String fact, Facts.Type type, Object o) {
        String where = "parameter '" + name + "': fact '" + fact + "' ";
        switch (type) {
            case BOOLEAN -> {
                if (o instanceof Boolean b) {
                    return b;
                }
                throw new IllegalArgumentException(where + "expects true or false, not '" + o + "'");
            }
            case NUMBER -> throw new IllegalArgumentException(where
                    + "is a number; compare numbers with the atLeast or lessThan rules");
            default -> {
                if (!(o instanceof String s) || s.isBlank()) {
                    throw new IllegalArgumentException(where + "expects a text, not '" + o + "'");
                }
                String code = s.trim().toUpperCase(Locale.ROOT);
                Set<String> codes = Facts.CODES.get(fact);
                if (codes != null && !codes.contains(code)) {
                    throw new IllegalArgumentException(where + "has no value '" + s + "'; allowed are "
                            + String.join(", ", codes.stream().sorted().toList()));
                }
                return code;
            }
        }
    }

    /** Refuses any parameter that the rule did not read (a misspelt or unknown one). */
    void noOthers() {
        for (String key : values.keySet()) {
            if (!used.contains(key)) {
                throw new IllegalArgumentException("unknown parameter '" + key + "'");
            }
        }
    }
}
