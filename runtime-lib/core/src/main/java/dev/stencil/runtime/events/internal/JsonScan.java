package dev.stencil.runtime.events.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Finds where JSON tokens end in UTF-8 bytes, accepting only valid JSON within Jackson's default limits: each
 * method returns the position just past its token, or -1 if it is not one.
 */
final class JsonScan {
    /** What {@link #stringEnd} returns for a string that does not end. */
    static final int UNTERMINATED = Integer.MIN_VALUE;
    private static final byte[][] LITERALS = {bytes("null"), bytes("true"), bytes("false")};
    /** Longest integer read as a long: 18 digits always fit. */
    private static final int MAX_DIGITS = 18;
    /** Jackson's default limit on the length of a number. */
    private static final int MAX_NUMBER_LENGTH = 1000;
    /** Jackson's default limit on the length of a member name. */
    static final int MAX_NAME_LENGTH = 50_000;
    /** Deeper nesting is left to Jackson (whose own limit is 1000). */
    private static final int MAX_DEPTH = 64;

    private JsonScan() {
    }

    static int skipSpace(byte[] b, int i, int to) {
        while (i < to && (b[i] == ' ' || b[i] == '\n' || b[i] == '\r' || b[i] == '\t')) {
            i++;
        }
        return i;
    }

    /**
     * Just past the closing quote of the string whose content starts at {@code i}: as is if the content is plain
     * (printable ASCII without escapes, so its bytes are its characters), else bitwise negated;
     * {@link #UNTERMINATED} if the string does not end.
     */
    static int stringEnd(byte[] b, int i, int to) {
        boolean plain = true;
        while (i < to) {
            byte c = b[i++];
            if (c == '"') {
                return plain ? i : ~i;
            }
            if (c < 0x20 || c == '\\') {
                plain = false;
                if (c == '\\') {
                    i++;
                }
            }
        }
        return UNTERMINATED;
    }

    /** Just past an integer of at most 18 digits without a fraction or an exponent; else -1. */
    static int integerEnd(byte[] b, int i, int to) {
        int start = b[i] == '-' ? i + 1 : i;
        int end = start;
        while (end < to && b[end] >= '0' && b[end] <= '9') {
            end++;
        }
        int digits = end - start;
        if (digits == 0 || digits > MAX_DIGITS || (b[start] == '0' && digits > 1)
                || (end < to && (b[end] == '.' || b[end] == 'e' || b[end] == 'E'))) {
            return -1;
        }
        return end;
    }

    /** Just past {@code true}, {@code false} or {@code null} at {@code i}; else -1. */
    static int literalEnd(byte[] b, int i, int to) {
        for (byte[] literal : LITERALS) {
            int end = i + literal.length;
            if (end <= to && Arrays.equals(b, i, end, literal, 0, literal.length)) {
                return end;
            }
        }
        return -1;
    }

    /** Just past any JSON value starting at {@code i < to} (objects and arrays nested up to 64 levels). */
    static int valueEnd(byte[] b, int i, int to) {
        return valueEnd(b, i, to, 0);
    }

    private static int valueEnd(byte[] b, int i, int to, int depth) {
        byte c = b[i];
        if (c == '"') {
            int scanned = stringEnd(b, i + 1, to);
            if (scanned == UNTERMINATED) {
                return -1;
            }
            int end = scanned >= 0 ? scanned : ~scanned;
            return scanned >= 0 || JsonStrings.decode(b, i + 1, end - 1) != null ? end : -1;
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            return numberEnd(b, i, to);
        }
        if (c == '{' || c == '[') {
            return depth == MAX_DEPTH ? -1 : containerEnd(b, i, to, depth + 1);
        }
        return literalEnd(b, i, to);
    }

    private static int containerEnd(byte[] b, int i, int to, int depth) {
        boolean object = b[i] == '{';
        byte close = (byte) (object ? '}' : ']');
        i = skipSpace(b, i + 1, to);
        if (i < to && b[i] == close) {
            return i + 1;
        }
        while (true) {
            if (object) {
                if (i == to || b[i] != '"') {
                    return -1;
                }
                int nameStart = i;
                i = valueEnd(b, i, to, depth);
                i = i - nameStart > MAX_NAME_LENGTH ? -1 : i;
                i = i < 0 ? -1 : skipSpace(b, i, to);
                if (i < 0 || i == to || b[i] != ':') {
                    return -1;
                }
                i = skipSpace(b, i + 1, to);
            }
            i = i == to ? -1 : valueEnd(b, i, to, depth);
            i = i < 0 ? -1 : skipSpace(b, i, to);
            if (i < 0 || i == to) {
                return -1;
            }
            if (b[i] == close) {
                return i + 1;
            }
            if (b[i] != ',') {
                return -1;
            }
            i = skipSpace(b, i + 1, to);
        }
    }

    /** Just past a JSON number of any form up to 1000 characters. */
    private static int numberEnd(byte[] b, int start, int to) {
        int i = b[start] == '-' ? start + 1 : start;
        if (i < to && b[i] == '0') {
            i++;
        } else {
            i = digitsEnd(b, i, to);
        }
        if (i >= 0 && i < to && b[i] == '.') {
            i = digitsEnd(b, i + 1, to);
        }
        if (i >= 0 && i < to && (b[i] == 'e' || b[i] == 'E')) {
            i = i + 1 < to && (b[i + 1] == '+' || b[i + 1] == '-') ? i + 2 : i + 1;
            i = digitsEnd(b, i, to);
        }
        return i - start > MAX_NUMBER_LENGTH ? -1 : i;
    }

    /** Just past one or more digits. */
    private static int digitsEnd(byte[] b, int i, int to) {
        int end = i;
        while (end < to && b[end] >= '0' && b[end] <= '9') {
            end++;
        }
        return end == i ? -1 : end;
    }

    private static byte[] bytes(String ascii) {
        return ascii.getBytes(StandardCharsets.ISO_8859_1);
    }
}
