package dev.stencil.runtime.internal;

/** Parses IP literals by hand: no host name is ever resolved and nothing is allocated for IPv4. */
public final class IpAddresses {
    private IpAddresses() {
    }

    /** The IPv4 address as an unsigned 32-bit value, or -1 if {@code text} is not a dotted quad. */
    public static long parseV4(CharSequence text) {
        return parseV4(text, 0, text.length());
    }

    private static long parseV4(CharSequence text, int from, int to) {
        long address = 0;
        int parts = 0;
        int value = -1;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                value = value < 0 ? c - '0' : value * 10 + (c - '0');
                if (value > 255) {
                    return -1;
                }
            } else if (c == '.' && value >= 0 && parts < 3) {
                address = (address << 8) | value;
                parts++;
                value = -1;
            } else {
                return -1;
            }
        }
        if (parts != 3 || value < 0) {
            return -1;
        }
        return (address << 8) | value;
    }

    /** The 4 or 16 address bytes of an IPv4 or IPv6 literal, or {@code null} if {@code text} is not one. */
    public static byte[] parse(String text) {
        if (text.indexOf(':') < 0) {
            long v4 = parseV4(text);
            return v4 < 0 ? null : toBytes(v4);
        }
        long[] v6 = parseV6(text);
        if (v6 == null) {
            return null;
        }
        if (v6[0] == 0 && (v6[1] >>> 32) == 0xFFFFL) {
            return toBytes(v6[1] & 0xFFFFFFFFL);
        }
        byte[] out = new byte[16];
        for (int i = 0; i < 8; i++) {
            out[i] = (byte) (v6[0] >>> (56 - 8 * i));
            out[i + 8] = (byte) (v6[1] >>> (56 - 8 * i));
        }
        return out;
    }

    /** An IPv6 literal (with {@code ::} and an optional trailing dotted quad) as {high, low}, or null. */
    public static long[] parseV6(String text) {
        int[] groups = new int[8];
        int count = 0;
        int gap = -1;
        int i = 0;
        int n = text.length();
        if (n < 2) {
            return null;
        }
        if (text.startsWith("::")) {
            gap = 0;
            i = 2;
            if (n == 2) {
                return new long[] {0, 0};
            }
        } else if (text.charAt(0) == ':') {
            return null;
        }
        while (i < n) {
            if (count == 8) {
                return null;
            }
            int end = i;
            int value = 0;
            while (end < n && end - i < 5) {
                int digit = Character.digit(text.charAt(end), 16);
                if (digit < 0) {
                    break;
                }
                value = value * 16 + digit;
                end++;
            }
            if (end < n && text.charAt(end) == '.') {
                long v4 = parseV4(text, i, n);
                if (v4 < 0 || count > 6) {
                    return null;
                }
                groups[count++] = (int) (v4 >>> 16);
                groups[count++] = (int) (v4 & 0xFFFF);
                i = n;
                break;
            }
            if (end == i || end - i > 4) {
                return null;
            }
            groups[count++] = value;
            i = end;
            if (i == n) {
                break;
            }
            if (text.charAt(i) != ':') {
                return null;
            }
            i++;
            if (i < n && text.charAt(i) == ':') {
                if (gap >= 0) {
                    return null;
                }
                gap = count;
                i++;
            } else if (i == n) {
                return null;
            }
        }
        if (gap < 0 && count != 8 || gap >= 0 && count == 8) {
            return null;
        }
        int[] full = new int[8];
        if (gap < 0) {
            full = groups;
        } else {
            int tail = count - gap;
            System.arraycopy(groups, 0, full, 0, gap);
            System.arraycopy(groups, gap, full, 8 - tail, tail);
        }
        long high = 0;
        long low = 0;
        for (int g = 0; g < 4; g++) {
            high = (high << 16) | full[g];
            low = (low << 16) | full[g + 4];
        }
        return new long[] {high, low};
    }

    private static byte[] toBytes(long v4) {
        return new byte[] {(byte) (v4 >>> 24), (byte) (v4 >>> 16), (byte) (v4 >>> 8), (byte) v4};
    }
}
