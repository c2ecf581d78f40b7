package org.expandedaccess.platform.json;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.time.LocalDate;

/**
 * One JSON policy for every service (docs/decisions/0009-strict-json.md): a body is read exactly as
 * written or refused with a 400 naming the field.
 * <ul>
 *   <li>nothing may follow the JSON value ({@code {}garbage} is refused);</li>
 *   <li>no coercion between strings, numbers and booleans: {@code "34"} is not 34, {@code 0} and
 *       {@code "false"} are not false, 1.5 is not an integer, 7 is not a string;</li>
 *   <li>a property the body type does not declare is refused, named (services may not opt out);</li>
 *   <li>{@code null} is no element of a list or set; a field with a default (a primitive) keeps it when absent;</li>
 *   <li>text is Unicode that PostgreSQL can store: no NUL character, no unpaired surrogate;</li>
 *   <li>a date lies between 1900-01-01 and 2199-12-31 (fields narrow it further where their meaning does).</li>
 * </ul>
 * Event consumers read with the same mapper but ignore unknown properties (tolerant reader).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(2199, 12, 31);

    @Override
    public void customize(ObjectMapper mapper) {
        apply(mapper);
    }

    /** Last of all customizers: after Quarkus registers its modules (a later deserializer for a type wins). */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    /** The policy on any mapper (also used by tests and tools outside CDI). */
    public static ObjectMapper apply(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        // a field with a default (a primitive boolean or number) keeps it when absent or null: for a record,
        // Jackson cannot tell the two apart, and refusing both would make every such field required
        mapper.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        for (LogicalType target : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean,
                LogicalType.Textual, LogicalType.Enum, LogicalType.DateTime}) {
            for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.Integer,
                    CoercionInputShape.Float, CoercionInputShape.Boolean, CoercionInputShape.String}) {
                if (!naturalShape(target, shape)) {
                    mapper.coercionConfigFor(target).setCoercion(shape, CoercionAction.Fail);
                }
            }
        }
        // null is no element of a list or set (a map's values may be null: "no value" is a value there)
        for (Class<?> collection : new Class<?>[] {java.util.Collection.class, java.util.List.class, java.util.Set.class,
                java.util.SortedSet.class}) {
            mapper.configOverride(collection).setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        }
        SimpleModule module = new SimpleModule("expanded-access-strict-json");
        module.addDeserializer(String.class, new StorableText());
        module.addDeserializer(LocalDate.class, new PlausibleDate());
        mapper.registerModule(module);
        return mapper;
    }

    /** The JSON shape a type is written in, which stays allowed (dates and enums are JSON strings). */
    private static boolean naturalShape(LogicalType target, CoercionInputShape shape) {
        return switch (target) {
            case Integer -> shape == CoercionInputShape.Integer;
            case Float -> shape == CoercionInputShape.Float || shape == CoercionInputShape.Integer;
            case Boolean -> shape == CoercionInputShape.Boolean;
            case Textual, Enum, DateTime -> shape == CoercionInputShape.String;
            default -> true;
        };
    }

    /** A value refused by this policy; {@link #reason()} says why, in words for the caller, without the value. */
    public static final class RefusedValue extends InvalidFormatException {
        private final String reason;

        RefusedValue(JsonParser p, String reason, Class<?> type) {
            super(p, reason, "(not shown)", type);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    /**
     * Text as written, or a refusal: PostgreSQL cannot store NUL in text, and an unpaired surrogate
     * (a lone {@code \ud800}) is not Unicode and would be stored as "?".
     */
    static final class StorableText extends StdScalarDeserializer<String> {

        StorableText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                // numbers, booleans and objects are no text: refused by the coercion policy
                return StringDeserializer.instance.deserialize(p, ctxt);
            }
            String text = p.getText();
            String problem = textProblem(text);
            if (problem != null) {
                throw new RefusedValue(p, problem, String.class);
            }
            return text;
        }
    }

    /** Why a text cannot be stored as it is (a NUL, an unpaired surrogate), or null when it can. */
    public static String textProblem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return "must not contain the NUL character (\\u0000)";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must be valid Unicode text (it contains an unpaired surrogate)";
            }
        }
        return null;
    }

    /** An ISO date (YYYY-MM-DD, a JSON string) within {@link #EARLIEST_DATE} and {@link #LATEST_DATE}. */
    static final class PlausibleDate extends StdScalarDeserializer<LocalDate> {

        PlausibleDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING) || !p.getText().matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new RefusedValue(p, "must be a date (YYYY-MM-DD)", LocalDate.class);
            }
            LocalDate date;
            try {
                date = LocalDate.parse(p.getText());
            } catch (java.time.format.DateTimeParseException e) {
                throw new RefusedValue(p, "must be a date that exists (YYYY-MM-DD)", LocalDate.class);
            }
            if (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE)) {
                throw new RefusedValue(p, "must be a date between " + EARLIEST_DATE + " and " + LATEST_DATE, LocalDate.class);
            }
            return date;
        }
    }
}
