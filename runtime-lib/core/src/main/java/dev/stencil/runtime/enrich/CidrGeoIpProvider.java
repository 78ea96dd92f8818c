package dev.stencil.runtime.enrich;

import dev.stencil.runtime.events.GeoLocation;
import dev.stencil.runtime.internal.IpAddresses;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

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
 * <p>An IPv4 lookup allocates nothing beyond its {@code Optional}: one binary search per distinct prefix
 * length in the table, longest first. Also readable from CSV with {@link #fromCsv(Reader)}.
 */
public final class CidrGeoIpProvider implements GeoIpProvider {
    /** Per IPv4 prefix length (longest first): sorted masked networks and their locations. */
    private final int[] v4Prefixes;
    private final long[][] v4Networks;
    private final GeoLocation[][] v4Locations;
    /** Per IPv6 prefix length (longest first): masked network to location. */
    private final int[] v6Prefixes;
    private final Map<V6Key, GeoLocation>[] v6Blocks;

    @SuppressWarnings("unchecked")
    private CidrGeoIpProvider(Builder builder) {
        TreeMap<Integer, TreeMap<Long, GeoLocation>> v4 = new TreeMap<>((a, b) -> b - a);
        v4.putAll(builder.v4);
        v4Prefixes = v4.keySet().stream().mapToInt(Integer::intValue).toArray();
        v4Networks = new long[v4Prefixes.length][];
        v4Locations = new GeoLocation[v4Prefixes.length][];
        int i = 0;
        for (TreeMap<Long, GeoLocation> blocks : v4.values()) {
            v4Networks[i] = blocks.keySet().stream().mapToLong(Long::longValue).toArray();
            v4Locations[i] = blocks.values().toArray(new GeoLocation[0]);
            i++;
        }
        TreeMap<Integer, Map<V6Key, GeoLocation>> v6 = new TreeMap<>((a, b) -> b - a);
        v6.putAll(builder.v6);
        v6Prefixes = v6.keySet().stream().mapToInt(Integer::intValue).toArray();
        v6Blocks = v6.values().stream().map(Map::copyOf).toArray(Map[]::new);
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
        if (ip.indexOf(':') < 0) {
            long address = IpAddresses.parseV4(ip);
            return address < 0 ? Optional.empty() : Optional.ofNullable(locateV4(address));
        }
        long[] v6 = IpAddresses.parseV6(ip);
        if (v6 == null) {
            return Optional.empty();
        }
        if (v6[0] == 0 && (v6[1] >>> 32) == 0xFFFFL) {
            return Optional.ofNullable(locateV4(v6[1] & 0xFFFFFFFFL));
        }
        for (int i = 0; i < v6Prefixes.length; i++) {
            GeoLocation hit = v6Blocks[i].get(V6Key.of(v6[0], v6[1], v6Prefixes[i]));
            if (hit != null) {
                return Optional.of(hit);
            }
        }
        return Optional.empty();
    }

    private GeoLocation locateV4(long address) {
        for (int i = 0; i < v4Prefixes.length; i++) {
            int at = Arrays.binarySearch(v4Networks[i], maskV4(address, v4Prefixes[i]));
            if (at >= 0) {
                return v4Locations[i][at];
            }
        }
        return null;
    }

    private static long maskV4(long address, int prefix) {
        return prefix == 0 ? 0 : address & (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
    }

    /** Collects CIDR blocks; later entries for the same block replace earlier ones. */
    public static final class Builder {
        private final Map<Integer, TreeMap<Long, GeoLocation>> v4 = new HashMap<>();
        private final Map<Integer, Map<V6Key, GeoLocation>> v6 = new HashMap<>();

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
            boolean isV4 = host.indexOf(':') < 0;
            int bits = isV4 ? 32 : 128;
            int prefix;
            try {
                prefix = slash < 0 ? bits : Integer.parseInt(cidr.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad prefix length in '" + cidr + "'");
            }
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("prefix length " + prefix + " out of range in '" + cidr + "'");
            }
            if (isV4) {
                v4.computeIfAbsent(prefix, p -> new TreeMap<>()).put(maskV4(IpAddresses.parseV4(host), prefix), location);
            } else {
                long[] v6Address = IpAddresses.parseV6(host);
                v6.computeIfAbsent(prefix, p -> new HashMap<>()).put(V6Key.of(v6Address[0], v6Address[1], prefix), location);
            }
            return this;
        }

        public CidrGeoIpProvider build() {
            return new CidrGeoIpProvider(this);
        }
    }

    /** An IPv6 address masked to a prefix. */
    private record V6Key(long high, long low) {
        static V6Key of(long high, long low, int prefix) {
            long h = prefix >= 64 ? high : (prefix == 0 ? 0 : high & (-1L << (64 - prefix)));
            long l = prefix <= 64 ? 0 : (prefix == 128 ? low : low & (-1L << (128 - prefix)));
            return new V6Key(h, l);
        }
    }
}
