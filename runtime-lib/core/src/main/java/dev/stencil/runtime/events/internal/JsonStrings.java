package dev.stencil.runtime.events.internal;

/** The content of a JSON string with escapes or non-ASCII characters, from the bytes between its quotes. */
final class JsonStrings {
    private JsonStrings() {
    }

    /**
     * The string, or {@code null} if the bytes are not a valid JSON string's content (control character, bad
     * escape, malformed UTF-8).
     */
    static String decode(byte[] b, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        int i = from;
        while (i < to) {
            int c = b[i] & 0xFF;
            if (c == '\\') {
                i = escape(b, i + 1, to, out);
            } else if (c < 0x20) {
                return null;
            } else if (c < 0x80) {
                out.append((char) c);
                i++;
            } else {
                i = utf8(b, i, to, out);
            }
            if (i < 0) {
                return null;
            }
        }
        return out.toString();
    }

    /** Appends the escaped character at {@code i} (after the backslash); returns where the next starts, or -1. */
    private static int escape(byte[] b, int i, int to, StringBuilder out) {
        if (i == to) {
            return -1;
        }
        switch (b[i]) {
            case '"', '\\', '/' -> out.append((char) b[i]);
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case 'u' -> {
                if (i + 5 > to) {
                    return -1;
                }
                int code = 0;
                for (int k = i + 1; k <= i + 4; k++) {
                    int digit = Character.digit(b[k], 16);
                    if (digit < 0) {
                        return -1;
                    }
                    code = code * 16 + digit;
                }
                out.append((char) code);
                return i + 5;
            }
            default -> {
                return -1;
            }
        }
        return i + 1;
    }

    /**
     * Appends the well-formed UTF-8 sequence at {@code i} (RFC 3629: shortest form, no surrogates); returns where
     * the next starts, or -1.
     */
    private static int utf8(byte[] b, int i, int to, StringBuilder out) {
        int lead = b[i] & 0xFF;
        int length;
        int low = 0x80;
        int high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            low = lead == 0xE0 ? 0xA0 : 0x80;
            high = lead == 0xED ? 0x9F : 0xBF;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return -1;
        }
        if (i + length > to) {
            return -1;
        }
        int code = lead & (0x7F >> length);
        for (int k = 1; k < length; k++) {
            int next = b[i + k] & 0xFF;
            if (next < (k == 1 ? low : 0x80) || next > (k == 1 ? high : 0xBF)) {
                return -1;
            }
            code = (code << 6) | (next & 0x3F);
        }
        out.appendCodePoint(code);
        return i + length;
    }
}
