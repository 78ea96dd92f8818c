package dev.stencil.runtime.events.internal;

import dev.stencil.runtime.events.ClickEvent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a {@link ClickEvent} straight from its UTF-8 bytes when they take the common form: one JSON object whose
 * member names are printable ASCII without escapes, whose {@code timestamp} is an integer, and whose other members, if any, hold
 * strings, integers, booleans or {@code null}. Anything else, valid or not, gives {@code null} so that the caller
 * falls back to Jackson, which reads all of JSON and reports errors. Only valid JSON is accepted here, and on
 * every input accepted the two give the same event.
 */
public final class ClickEventBytes {
    private static final byte[][] NAMES = {bytes("eventId"), bytes("userId"), bytes("sessionId"), bytes("page"),
        bytes("referrer"), bytes("ip"), bytes("userAgent"), bytes("timestamp")};
    private static final byte[][] LITERALS = {bytes("null"), bytes("true"), bytes("false")};
    private static final int TIMESTAMP = 7;
    private static final int UNKNOWN = -1;
    private static final int UNTERMINATED = Integer.MIN_VALUE;
    /** Longest integer read here: 18 digits always fit in a long. */
    private static final int MAX_DIGITS = 18;

    private ClickEventBytes() {
    }

    /** The event in {@code b[from..to)}, or {@code null} if Jackson must read it. */
    public static ClickEvent parse(byte[] b, int from, int to) {
        String[] text = new String[TIMESTAMP];
        long timestamp = 0;
        int i = skipSpace(b, from, to);
        if (i == to || b[i] != '{') {
            return null;
        }
        i = skipSpace(b, i + 1, to);
        while (true) {
            if (i == to || b[i] != '"') {
                return null;
            }
            int nameEnd = stringEnd(b, i + 1, to);
            if (nameEnd < 0) {
                return null;
            }
            int field = field(b, i + 1, nameEnd - 1);
            i = skipSpace(b, nameEnd, to);
            if (i == to || b[i] != ':') {
                return null;
            }
            i = skipSpace(b, i + 1, to);
            if (i == to) {
                return null;
            }
            int end;
            byte c = b[i];
            if (c == '"') {
                int scanned = stringEnd(b, i + 1, to);
                if (scanned == UNTERMINATED || field == TIMESTAMP) {
                    return null;
                }
                end = scanned >= 0 ? scanned : ~scanned;
                String value = scanned >= 0 ? new String(b, i + 1, end - i - 2, StandardCharsets.ISO_8859_1)
                        : JsonStrings.decode(b, i + 1, end - 1);
                if (value == null) {
                    return null;
                }
                if (field != UNKNOWN) {
                    text[field] = value;
                }
            } else if (c == '-' || (c >= '0' && c <= '9')) {
                end = integerEnd(b, i, to);
                if (end < 0 || (field != UNKNOWN && field != TIMESTAMP)) {
                    return null;
                }
                if (field == TIMESTAMP) {
                    timestamp = parseLong(b, i, end);
                }
            } else {
                end = literalEnd(b, i, to);
                if (end < 0 || (field != UNKNOWN && (c != 'n' || field == TIMESTAMP))) {
                    return null;
                }
                if (field != UNKNOWN) {
                    text[field] = null;
                }
            }
            i = skipSpace(b, end, to);
            if (i == to) {
                return null;
            }
            if (b[i] == '}') {
                break;
            }
            if (b[i] != ',') {
                return null;
            }
            i = skipSpace(b, i + 1, to);
        }
        if (skipSpace(b, i + 1, to) != to || text[0] == null || text[0].isBlank() || timestamp <= 0) {
            return null;
        }
        return new ClickEvent(text[0], text[1], text[2], text[3], text[4], text[5], text[6], timestamp);
    }

    private static int skipSpace(byte[] b, int i, int to) {
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
    private static int stringEnd(byte[] b, int i, int to) {
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
    private static int integerEnd(byte[] b, int i, int to) {
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
    private static int literalEnd(byte[] b, int i, int to) {
        for (byte[] literal : LITERALS) {
            int end = i + literal.length;
            if (end <= to && Arrays.equals(b, i, end, literal, 0, literal.length)) {
                return end;
            }
        }
        return -1;
    }

    private static long parseLong(byte[] b, int from, int to) {
        boolean negative = b[from] == '-';
        long value = 0;
        for (int i = negative ? from + 1 : from; i < to; i++) {
            value = value * 10 + (b[i] - '0');
        }
        return negative ? -value : value;
    }

    /** The field named by {@code b[from..to)}: one candidate by length and first letter, then one comparison. */
    private static int field(byte[] b, int from, int to) {
        int candidate = switch (to - from) {
            case 2 -> 5;
            case 4 -> 3;
            case 6 -> 1;
            case 7 -> 0;
            case 8 -> 4;
            case 9 -> b[from] == 's' ? 2 : b[from] == 'u' ? 6 : TIMESTAMP;
            default -> UNKNOWN;
        };
        return candidate != UNKNOWN && Arrays.equals(b, from, to, NAMES[candidate], 0, NAMES[candidate].length)
                ? candidate : UNKNOWN;
    }

    private static byte[] bytes(String ascii) {
        return ascii.getBytes(StandardCharsets.ISO_8859_1);
    }
}
