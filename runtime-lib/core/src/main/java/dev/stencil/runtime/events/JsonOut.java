package dev.stencil.runtime.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.stencil.runtime.internal.Json;
import dev.stencil.runtime.internal.JsonBytes;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Where a {@link JsonEvent} writes itself: one JSON object, member by member, straight into the bytes
 * of a request body, with strings escaped as Jackson escapes them. Numbers that JSON cannot hold (NaN,
 * infinities) are written as {@code null}.
 */
public final class JsonOut {

    private final JsonBytes bytes;
    private boolean first;

    /**
     * @param bytes where the object goes
     */
    public JsonOut(JsonBytes bytes) {
        this.bytes = bytes;
    }

    /** Opens the object. */
    public JsonOut object() {
        bytes.raw('{');
        first = true;
        return this;
    }

    /** Closes the object. */
    public void end() {
        bytes.raw('}');
    }

    /** The next member's name; its value follows. */
    public JsonOut field(String name) {
        if (!first) {
            bytes.raw(',');
        }
        first = false;
        bytes.string(name).raw(':');
        return this;
    }

    public JsonOut string(String value) {
        if (value == null) {
            return nullValue();
        }
        bytes.string(value);
        return this;
    }

    public JsonOut number(long value) {
        bytes.number(value);
        return this;
    }

    public JsonOut number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return nullValue();
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            bytes.number((long) value).raw('.').raw('0');
            return this;
        }
        bytes.raw(Double.toString(value).getBytes(StandardCharsets.ISO_8859_1));
        return this;
    }

    /** A boxed number, or {@code null}. */
    public JsonOut number(Number value) {
        if (value == null) {
            return nullValue();
        }
        if (value instanceof java.math.BigDecimal || value instanceof java.math.BigInteger) {
            bytes.raw(value.toString().getBytes(StandardCharsets.ISO_8859_1));
            return this;
        }
        return value instanceof Double || value instanceof Float ? number(value.doubleValue()) : number(value.longValue());
    }

    public JsonOut bool(boolean value) {
        bytes.raw((value ? "true" : "false").getBytes(StandardCharsets.ISO_8859_1));
        return this;
    }

    /** A boxed boolean, or {@code null}. */
    public JsonOut bool(Boolean value) {
        return value == null ? nullValue() : bool(value.booleanValue());
    }

    /** Any JSON value, as Jackson writes it. */
    public JsonOut tree(JsonNode value) {
        if (value == null) {
            return nullValue();
        }
        try {
            bytes.raw(Json.MAPPER.writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value, e);
        }
        return this;
    }

    /**
     * A plain Java value as JSON: a string, number, boolean, map (an object, its keys as strings),
     * list or array, or {@code null}; anything else as its {@code toString()}.
     */
    public JsonOut value(Object value) {
        if (value == null) {
            return nullValue();
        }
        if (value instanceof CharSequence text) {
            return string(text.toString());
        }
        if (value instanceof Number number) {
            return number(number);
        }
        if (value instanceof Boolean bool) {
            return bool(bool);
        }
        if (value instanceof Map<?, ?> map) {
            boolean outer = first;
            object();
            map.forEach((name, member) -> field(String.valueOf(name)).value(member));
            end();
            first = outer;
            return this;
        }
        if (value instanceof Iterable<?> items) {
            bytes.raw('[');
            boolean next = false;
            for (Object item : items) {
                if (next) {
                    bytes.raw(',');
                }
                next = true;
                value(item);
            }
            bytes.raw(']');
            return this;
        }
        return string(value.toString());
    }

    public JsonOut nullValue() {
        bytes.raw("null".getBytes(StandardCharsets.ISO_8859_1));
        return this;
    }
}
