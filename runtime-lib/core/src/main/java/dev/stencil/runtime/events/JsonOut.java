package dev.stencil.runtime.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.stencil.runtime.internal.Json;
import dev.stencil.runtime.internal.JsonBytes;
import java.nio.charset.StandardCharsets;

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

    public JsonOut nullValue() {
        bytes.raw("null".getBytes(StandardCharsets.ISO_8859_1));
        return this;
    }
}
