package dev.stencil.runtime.events;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.util.Set;

/**
 * What the readers Stencil generates for declared schemas call to read one field's value with
 * Jackson's streaming parser, positioned on the value's first token: each reads exactly its JSON
 * type ({@code null} only where the schema allows it) and fails with a message naming the field.
 */
public final class JsonFields {

    /** Reads one value where the parser is, leaving what follows it to the caller (no trailing-token check). */
    private static final ObjectMapper TREES = new ObjectMapper();

    private JsonFields() {
    }

    /** Checks that an event starts here, and moves onto it. */
    public static void startObject(JsonParser p, Class<?> type) throws IOException {
        JsonToken token = p.currentToken() == null ? p.nextToken() : p.currentToken();
        if (token != JsonToken.START_OBJECT) {
            throw wrong(p, type.getSimpleName(), "a JSON object", token);
        }
    }

    /** Fails unless a required field was there. */
    public static void require(JsonParser p, Class<?> type, String field, boolean present) throws IOException {
        if (!present) {
            throw MismatchedInputException.from(p, type, "missing required field '" + field + "' of "
                    + type.getSimpleName());
        }
    }

    /** A string, or {@code null}. */
    public static String string(JsonParser p, String field) throws IOException {
        return scalar(p, field, "a string", JsonParser::getText, JsonToken.VALUE_STRING, JsonToken.VALUE_STRING);
    }

    /** One of an enum's symbols, or {@code null}. */
    public static String symbol(JsonParser p, String field, Set<String> symbols) throws IOException {
        String value = string(p, field);
        if (value != null && !symbols.contains(value)) {
            throw MismatchedInputException.from(p, String.class, "'" + value + "' is not a symbol of " + field
                    + " (" + String.join(", ", symbols) + ")");
        }
        return value;
    }

    /** An int, or {@code null}. */
    public static Integer optionalInt(JsonParser p, String field) throws IOException {
        return scalar(p, field, "an int", JsonParser::getIntValue, JsonToken.VALUE_NUMBER_INT, JsonToken.VALUE_NUMBER_INT);
    }

    /** A long, or {@code null}. */
    public static Long optionalLong(JsonParser p, String field) throws IOException {
        return scalar(p, field, "a long", JsonParser::getLongValue, JsonToken.VALUE_NUMBER_INT, JsonToken.VALUE_NUMBER_INT);
    }

    /** A double (from any JSON number), or {@code null}. */
    public static Double optionalDouble(JsonParser p, String field) throws IOException {
        return scalar(p, field, "a number", JsonParser::getDoubleValue, JsonToken.VALUE_NUMBER_FLOAT,
                JsonToken.VALUE_NUMBER_INT);
    }

    /** A float (from any JSON number), or {@code null}. */
    public static Float optionalFloat(JsonParser p, String field) throws IOException {
        Double value = optionalDouble(p, field);
        return value == null ? null : value.floatValue();
    }

    /** A boolean, or {@code null}. */
    public static Boolean optionalBoolean(JsonParser p, String field) throws IOException {
        return scalar(p, field, "a boolean", JsonParser::getBooleanValue, JsonToken.VALUE_TRUE, JsonToken.VALUE_FALSE);
    }

    /** An int. */
    public static int intValue(JsonParser p, String field) throws IOException {
        return notNull(p, field, optionalInt(p, field));
    }

    /** A long. */
    public static long longValue(JsonParser p, String field) throws IOException {
        return notNull(p, field, optionalLong(p, field));
    }

    /** A double. */
    public static double doubleValue(JsonParser p, String field) throws IOException {
        return notNull(p, field, optionalDouble(p, field));
    }

    /** A float. */
    public static float floatValue(JsonParser p, String field) throws IOException {
        return notNull(p, field, optionalFloat(p, field));
    }

    /** A boolean. */
    public static boolean booleanValue(JsonParser p, String field) throws IOException {
        return notNull(p, field, optionalBoolean(p, field));
    }

    /** Any JSON value, as a tree (records, arrays, maps and unions are carried, not computed on). */
    public static JsonNode tree(JsonParser p) throws IOException {
        return TREES.readTree(p);
    }

    /** Reads one scalar value of a field where the parser is: {@code null}, or one of the two tokens its type takes. */
    private static <T> T scalar(JsonParser p, String field, String expected, Value<T> value, JsonToken one,
                                JsonToken other) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token == one || token == other) {
            return value.read(p);
        }
        throw wrong(p, field, expected, token);
    }

    /** Reads the value of the parser's current token. */
    @FunctionalInterface
    private interface Value<T> {
        T read(JsonParser p) throws IOException;
    }

    private static <T> T notNull(JsonParser p, String field, T value) throws IOException {
        if (value == null) {
            throw MismatchedInputException.from(p, Object.class, "field '" + field + "' is required, not null");
        }
        return value;
    }

    private static MismatchedInputException wrong(JsonParser p, String what, String expected, JsonToken token) {
        return MismatchedInputException.from(p, Object.class, what + " must be " + expected + ", not " + token);
    }
}
