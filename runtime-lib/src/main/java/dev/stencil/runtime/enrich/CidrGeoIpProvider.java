package dev.stencil.runtime.enrich;

import dev.stencil.runtime.events.GeoLocation;
import dev.stencil.runtime.internal.IpAddresses;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A geo-IP table of CIDR blocks held in memory; the longest matching prefix wins.
 *
 * <pre>{@code
 * GeoIpProvider geo = CidrGeoIpProvider.builder()
 *         .add("203.0.113.0/24", new GeoLocation("AU", "Sydney"))
 *         .add("2001:db8::/32", new GeoLocation("DE", null))
 *         .build();
 * }</pre>
 *
 * <p>Lookups cost one hash probe per distinct prefix length in the table. Also readable from CSV with
 * {@link #fromCsv(Reader)}.
 */
public final class CidrGeoIpProvider implements GeoIpProvider {
    private final Table v4;
    private final Table v6;

    private CidrGeoIpProvider(Builder builder) {
        this.v4 = new Table(builder.v4);
        this.v6 = new Table(builder.v6);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads lines of {@code cidr,country,city} (city may be empty; blank lines and lines starting
     * with {@code #} are skipped).
     *
     * @throws IllegalArgumentException naming the line number of a malformed line
     */
    public static CidrGeoIpProvider fromCsv(Reader csv) {
        Builder builder = builder();
        try (BufferedReader lines = new BufferedReader(csv)) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                String trimmed = line.trim();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] parts = trimmed.split(",", -1);
                if (parts.length < 2 || parts.length > 3) {
                    throw new IllegalArgumentException("line " + number + ": expected cidr,country,city but got '"
                            + trimmed + "'");
                }
                String city = parts.length == 3 && !parts[2].isBlank() ? parts[2].trim() : null;
                try {
                    builder.add(parts[0].trim(), new GeoLocation(parts[1].trim(), city));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("line " + number + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return builder.build();
    }

    @Override
    public Optional<GeoLocation> locate(String ip) {
        if (ip == null || ip.isEmpty()) {
            return Optional.empty();
        }
        byte[] address = IpAddresses.parse(ip);
        if (address == null) {
            return Optional.empty();
        }
        return Optional.ofNullable((address.length == 4 ? v4 : v6).longestMatch(address));
    }

    /** Collects CIDR blocks; later entries for the same block replace earlier ones. */
    public static final class Builder {
        private final Map<Integer, Map<Key, GeoLocation>> v4 = new HashMap<>();
        private final Map<Integer, Map<Key, GeoLocation>> v6 = new HashMap<>();

        private Builder() {
        }

        /**
         * Adds a block such as {@code 198.51.100.0/24}, {@code 2001:db8::/32} or a single address.
         *
         * @throws IllegalArgumentException if the block is not valid CIDR notation
         */
        public Builder add(String cidr, GeoLocation location) {
            int slash = cidr.indexOf('/');
            String host = slash < 0 ? cidr : cidr.substring(0, slash);
            byte[] address = IpAddresses.parse(host);
            if (address == null) {
                throw new IllegalArgumentException("not an IP address: '" + host + "' in '" + cidr + "'");
            }
            int bits = address.length * 8;
            int prefix;
            try {
                prefix = slash < 0 ? bits : Integer.parseInt(cidr.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad prefix length in '" + cidr + "'");
            }
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("prefix length " + prefix + " out of range in '" + cidr + "'");
            }
            (bits == 32 ? v4 : v6).computeIfAbsent(prefix, p -> new HashMap<>())
                    .put(Key.of(address, prefix), location);
            return this;
        }

        public CidrGeoIpProvider build() {
            return new CidrGeoIpProvider(this);
        }
    }

    /** Prefix lengths from longest to shortest, each with its blocks keyed by masked address. */
    private static final class Table {
        private final int[] prefixes;
        private final List<Map<Key, GeoLocation>> blocks = new ArrayList<>();

        Table(Map<Integer, Map<Key, GeoLocation>> byPrefix) {
            prefixes = byPrefix.keySet().stream().sorted((a, b) -> b - a).mapToInt(Integer::intValue).toArray();
            for (int prefix : prefixes) {
                blocks.add(Map.copyOf(byPrefix.get(prefix)));
            }
        }

        GeoLocation longestMatch(byte[] address) {
            for (int i = 0; i < prefixes.length; i++) {
                GeoLocation hit = blocks.get(i).get(Key.of(address, prefixes[i]));
                if (hit != null) {
                    return hit;
                }
            }
            return null;
        }
    }

    /** An address masked to a prefix, as two longs (IPv4 uses the low one). */
    private record Key(long high, long low) {
        static Key of(byte[] address, int prefix) {
            long high = 0;
            long low = 0;
            if (address.length == 4) {
                for (byte b : address) {
                    low = (low << 8) | (b & 0xFF);
                }
                low = prefix == 0 ? 0 : low & (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
                return new Key(0, low);
            }
            for (int i = 0; i < 8; i++) {
                high = (high << 8) | (address[i] & 0xFF);
                low = (low << 8) | (address[i + 8] & 0xFF);
            }
            high = prefix >= 64 ? high : (prefix == 0 ? 0 : high & (-1L << (64 - prefix)));
            low = prefix <= 64 ? 0 : (prefix == 128 ? low : low & (-1L << (128 - prefix)));
            return new Key(high, low);
        }
    }
}
