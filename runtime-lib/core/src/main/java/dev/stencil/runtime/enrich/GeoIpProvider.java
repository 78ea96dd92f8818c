package dev.stencil.runtime.enrich;

import dev.stencil.runtime.events.GeoLocation;
import java.util.Optional;

/**
 * Locates an IP address. Implementations are thread-safe and do no network I/O per lookup.
 *
 * @see CidrGeoIpProvider for a table built in memory (tests, small shipped tables)
 */
@FunctionalInterface
public interface GeoIpProvider {
    /**
     * The location of {@code ip}, an IPv4 or IPv6 literal; empty for unknown, private, blank or malformed input.
     */
    Optional<GeoLocation> locate(String ip);

    /** A provider that knows nothing: for pipelines without geo enrichment. */
    static GeoIpProvider none() {
        return ip -> Optional.empty();
    }
}
