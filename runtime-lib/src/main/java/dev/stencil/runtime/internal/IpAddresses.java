package dev.stencil.runtime.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Parses IP literals without ever resolving a host name. */
public final class IpAddresses {
    private IpAddresses() {
    }

    /** The 4 or 16 address bytes of an IPv4 or IPv6 literal, or {@code null} if {@code text} is not one. */
    public static byte[] parse(String text) {
        if (text.indexOf(':') >= 0) {
            return parseV6(text);
        }
        return parseV4(text);
    }

    private static byte[] parseV4(String text) {
        byte[] out = new byte[4];
        int part = 0;
        int value = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                value = value < 0 ? c - '0' : value * 10 + (c - '0');
                if (value > 255) {
                    return null;
                }
            } else if (c == '.' && value >= 0 && part < 3) {
                out[part++] = (byte) value;
                value = -1;
            } else {
                return null;
            }
        }
        if (part != 3 || value < 0) {
            return null;
        }
        out[3] = (byte) value;
        return out;
    }

    private static byte[] parseV6(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c == ':' || c == '.' || Character.digit(c, 16) >= 0;
            if (!allowed) {
                return null;
            }
        }
        try {
            // Brackets make InetAddress treat the text as an IPv6 literal: invalid input fails, no DNS lookup.
            // An IPv4-mapped address (::ffff:a.b.c.d) comes back as its 4 IPv4 bytes.
            return InetAddress.getByName("[" + text + "]").getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
