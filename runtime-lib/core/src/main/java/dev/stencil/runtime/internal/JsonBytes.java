package dev.stencil.runtime.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte array that JSON is written into as UTF-8, escaping strings exactly as Jackson's generator
 * does ({@code \"}, {@code \\}, {@code \b \t \n \f \r}, other control characters and surrogates (paired or
 * not, as Jackson 2.x does by default) as {@code \\uXXXX}, nothing else).
 * Reused from one request body to the next, so that writing allocates nothing.
 */
public final class JsonBytes {
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.ISO_8859_1);
    /** Per ASCII character: 0 copied as is, else the letter after the backslash, or 'u' for {@code \\u00XX}. */
    private static final byte[] ESCAPES = new byte[128];

    static {
        Arrays.fill(ESCAPES, 0, 32, (byte) 'u');
        ESCAPES['"'] = '"';
        ESCAPES['\\'] = '\\';
        ESCAPES['\b'] = 'b';
        ESCAPES['\t'] = 't';
        ESCAPES['\n'] = 'n';
        ESCAPES['\f'] = 'f';
        ESCAPES['\r'] = 'r';
    }

    private byte[] buffer;
    private int size;

    public JsonBytes(int capacity) {
        buffer = new byte[Math.max(capacity, 64)];
    }

    /** The bytes, valid up to {@link #size()} and until the next write. */
    public byte[] array() {
        return buffer;
    }

    public int size() {
        return size;
    }

    /** Forgets everything after the first {@code length} bytes. */
    public void truncate(int length) {
        size = length;
    }

    /** Forgets the first {@code length} bytes, moving the rest to the front. */
    public void dropFirst(int length) {
        System.arraycopy(buffer, length, buffer, 0, size - length);
        size -= length;
    }

    /** Bytes that are already JSON (a constant, or a value Jackson wrote). */
    public JsonBytes raw(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, size, bytes.length);
        size += bytes.length;
        return this;
    }

    /** Bytes that are already JSON, from a part of an array. */
    public JsonBytes raw(byte[] bytes, int offset, int length) {
        ensure(length);
        System.arraycopy(bytes, offset, buffer, size, length);
        size += length;
        return this;
    }

    /** These bytes as a stream, for a Jackson generator to write into. */
    public java.io.OutputStream asOutputStream() {
        return new java.io.OutputStream() {
            @Override
            public void write(int b) {
                raw((char) (b & 0xFF));
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                raw(bytes, offset, length);
            }
        };
    }

    public JsonBytes raw(char ascii) {
        ensure(1);
        buffer[size++] = (byte) ascii;
        return this;
    }

    /** A JSON string. */
    public JsonBytes string(String value) {
        int length = value.length();
        ensure(length + 2);
        byte[] out = buffer;
        int at = size;
        out[at++] = '"';
        int i = 0;
        for (; i < length; i++) {
            char c = value.charAt(i);
            if (c >= 128 || c < ' ' || c == '"' || c == '\\') {
                break;
            }
            out[at + i] = (byte) c;
        }
        at += i;
        size = at;
        if (i < length) {
            escaped(value, i);
        }
        buffer[size++] = '"';
        return this;
    }

    public JsonBytes number(long value) {
        ensure(20);
        if (value < 0) {
            buffer[size++] = '-';
            if (value == Long.MIN_VALUE) {
                return raw(Long.toString(value).substring(1).getBytes(StandardCharsets.ISO_8859_1));
            }
            value = -value;
        }
        int digits = 1;
        for (long bound = 10; digits < 19 && value >= bound; bound *= 10) {
            digits++;
        }
        int end = size + digits;
        int at = end;
        while (value >= 100_000_000L) {
            long high = value / 100_000_000L;
            at = digits(buffer, at, (int) (value - high * 100_000_000L), 8);
            value = high;
        }
        digits(buffer, at, (int) value, at - size);
        size = end;
        return this;
    }

    /** Writes {@code count} digits of {@code value} (zero-padded) ending before {@code end}, in int arithmetic. */
    private static int digits(byte[] out, int end, int value, int count) {
        int at = end;
        for (int k = 0; k < count; k++) {
            out[--at] = (byte) ('0' + value % 10);
            value /= 10;
        }
        return at;
    }

    /** The rest of a string from {@code i}, character by character; room for the closing quote is left. */
    private void escaped(String value, int i) {
        ensure(6 * (value.length() - i) + 1);
        byte[] out = buffer;
        int at = size;
        for (; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 128) {
                byte escape = ESCAPES[c];
                if (escape == 0) {
                    out[at++] = (byte) c;
                } else if (escape != 'u') {
                    out[at++] = '\\';
                    out[at++] = escape;
                } else {
                    at = unicodeEscape(out, at, c);
                }
            } else if (c < 0x800) {
                out[at++] = (byte) (0xC0 | (c >> 6));
                out[at++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isSurrogate(c)) {
                at = unicodeEscape(out, at, c);
            } else {
                out[at++] = (byte) (0xE0 | (c >> 12));
                out[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                out[at++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        size = at;
    }

    private static int unicodeEscape(byte[] out, int at, char c) {
        out[at++] = '\\';
        out[at++] = 'u';
        out[at++] = HEX[c >> 12];
        out[at++] = HEX[(c >> 8) & 0xF];
        out[at++] = HEX[(c >> 4) & 0xF];
        out[at++] = HEX[c & 0xF];
        return at;
    }

    private void ensure(int more) {
        if (size + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
        }
    }
}
