package org.expandedaccess.platform.http;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import org.expandedaccess.platform.problem.Problem;
import org.expandedaccess.platform.problem.ProblemException;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

/**
 * Query, path and header parameters of the plain types read exactly: a boolean is {@code true} or
 * {@code false}, a number is digits, a UUID is a UUID. Anything else is a 400 problem naming the
 * parameter, not JAX-RS's bare 404 for a query or path value it could not convert.
 */
@Provider
public class StrictParameters implements ParamConverterProvider {

    static final String BOOLEAN = "must be true or false";
    static final String WHOLE_NUMBER = "must be a whole number";
    static final String UUID_VALUE = "must be a UUID, e.g. 6f1c2d3e-4b5a-4c7d-8e9f-0a1b2c3d4e5f";

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = name(annotations);
        if (rawType == Boolean.class || rawType == boolean.class) {
            return (ParamConverter<T>) converter(name, BOOLEAN, v -> switch (v) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException();
            });
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) converter(name, WHOLE_NUMBER, v -> {
                if (!v.matches("-?\\d{1,10}")) {
                    throw new IllegalArgumentException();
                }
                return Integer.valueOf(v);
            });
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) converter(name, WHOLE_NUMBER, v -> {
                if (!v.matches("-?\\d{1,19}")) {
                    throw new IllegalArgumentException();
                }
                return Long.valueOf(v);
            });
        }
        if (rawType == UUID.class) {
            return (ParamConverter<T>) converter(name, UUID_VALUE, v -> {
                UUID id = UUID.fromString(v);
                if (!id.toString().equals(v.toLowerCase(Locale.ROOT))) {
                    throw new IllegalArgumentException();
                }
                return id;
            });
        }
        return null;
    }

    private static <T> ParamConverter<T> converter(String name, String message, Function<String, T> parse) {
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return parse.apply(value);
                } catch (RuntimeException e) {
                    throw invalid(name, message);
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }

    /** The 400 problem for one parameter that is not what it must be. */
    public static ProblemException invalid(String name, String message) {
        return new ProblemException(Problem.validation(400, "1 field(s) are missing or invalid",
                List.of(new Problem.FieldError(name, message))));
    }

    private static String name(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof PathParam p) {
                return p.value();
            }
            if (a instanceof HeaderParam h) {
                return h.value();
            }
        }
        return "parameter";
    }
}
