package dev.stencil.model;

import java.util.Optional;

/**
 * One {@code enrich: [ { geoip: <field>, as: <name>, database: <file> } ]} of an arrow into a function:
 * for each event, where the address in its field is, added to what the function indexes or sends.
 *
 * @param field the event field holding an IP address (v4 or v6)
 * @param as the member the location is added under; {@code geo} unless the sidecar says
 * @param table the {@code cidr,country,city} table to locate with; empty for the function's
 *     environment ({@code GEOIP_CSV}, else none)
 * @param location where the sidecar declares it
 */
public record GeoIp(String field, String as, Optional<Table> table, SourceLocation location) {

    /**
     * A geo-IP table as the sidecar names it.
     *
     * @param fileName its file's name, such as {@code ranges.csv}
     * @param text its lines of {@code cidr,country,city}
     */
    public record Table(String fileName, String text) {}
}
