package dev.stencil.runtime.events.internal;

import dev.stencil.runtime.events.ClickEvent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a {@link ClickEvent} straight from its UTF-8 bytes when they take the common form: one JSON object whose
 * member names are printable ASCII without escapes, whose event fields hold strings, numbers, booleans or
 * {@code null} (the text of a number or boolean is taken, as Jackson does) and whose {@code timestamp} is an
 * integer; other members may hold any JSON (nested up to 64 levels). Anything else, valid or not, gives
 * {@code null} so that the caller falls back to Jackson, which reads all of JSON and reports errors. Only valid
 * JSON is accepted here, and on every input accepted the two give the same event.
 */
public final class ClickEventBytes {
    private static final byte[][] NAMES = {bytes("eventId"), bytes("userId"), bytes("sessionId"), bytes("page"),
        bytes("referrer"), bytes("ip"), bytes("userAgent"), bytes("timestamp")};
    private static final int TIMESTAMP = 7;
    private static final int UNKNOWN = -1;

    private ClickEventBytes() {
    }

    /** The event in {@code b[from..to)}, or {@code null} if Jackson must read it. */
    public static ClickEvent parse(byte[] b, int from, int to) {
        String[] text = new String[TIMESTAMP];
        long timestamp = 0;
        int i = JsonScan.skipSpace(b, from, to);
        if (i == to || b[i] != '{') {
            return null;
        }
        i = JsonScan.skipSpace(b, i + 1, to);
        while (true) {
            if (i == to || b[i] != '"') {
                return null;
            }
            int nameEnd = JsonScan.stringEnd(b, i + 1, to);
            if (nameEnd < 0 || nameEnd - i > JsonScan.MAX_NAME_LENGTH) {
                return null;
            }
            int field = field(b, i + 1, nameEnd - 1);
            i = JsonScan.skipSpace(b, nameEnd, to);
            if (i == to || b[i] != ':') {
                return null;
            }
            i = JsonScan.skipSpace(b, i + 1, to);
            if (i == to) {
                return null;
            }
            int end;
            byte c = b[i];
            if (field == UNKNOWN) {
                end = JsonScan.valueEnd(b, i, to);
                if (end < 0) {
                    return null;
                }
            } else if (c == '"') {
                int scanned = JsonScan.stringEnd(b, i + 1, to);
                if (scanned == JsonScan.UNTERMINATED || field == TIMESTAMP) {
                    return null;
                }
                end = scanned >= 0 ? scanned : ~scanned;
                text[field] = scanned >= 0 ? new String(b, i + 1, end - i - 2, StandardCharsets.ISO_8859_1)
                        : JsonStrings.decode(b, i + 1, end - 1);
                if (text[field] == null) {
                    return null;
                }
            } else if (field == TIMESTAMP) {
                end = JsonScan.integerEnd(b, i, to);
                if (end < 0) {
                    return null;
                }
                timestamp = parseLong(b, i, end);
            } else {
                end = JsonScan.valueEnd(b, i, to);
                if (end < 0 || c == '{' || c == '[') {
                    return null;
                }
                text[field] = c == 'n' ? null : new String(b, i, end - i, StandardCharsets.ISO_8859_1);
            }
            i = JsonScan.skipSpace(b, end, to);
            if (i == to) {
                return null;
            }
            if (b[i] == '}') {
                break;
            }
            if (b[i] != ',') {
                return null;
            }
            i = JsonScan.skipSpace(b, i + 1, to);
        }
        if (JsonScan.skipSpace(b, i + 1, to) != to || text[0] == null || text[0].isBlank() || timestamp <= 0) {
            return null;
        }
        return new ClickEvent(text[0], text[1], text[2], text[3], text[4], text[5], text[6], timestamp);
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
