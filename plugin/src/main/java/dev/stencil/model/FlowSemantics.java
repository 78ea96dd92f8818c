package dev.stencil.model;

import java.util.List;
import java.util.Optional;

/**
 * What the sidecar declares of one arrow.
 *
 * @param from the arrow's source alias
 * @param to the arrow's target alias
 * @param filter an EventBridge event pattern over the event's fields, as compact JSON; only events
 *     that match it reach the target
 * @param aggregate the windows, group keys and measures the arrow's Flink application computes;
 *     empty when it declares none (or names its own SQL file)
 * @param lookups the items the arrow's function looks up for each event; none when it declares none
 * @param geoIps the addresses the arrow's function locates for each event; none when it declares none
 * @param location where the declaration is
 */
public record FlowSemantics(String from, String to, Optional<String> filter, Optional<Aggregation> aggregate,
        List<Lookup> lookups, List<GeoIp> geoIps, SourceLocation location) {

    public FlowSemantics {
        lookups = List.copyOf(lookups);
        geoIps = List.copyOf(geoIps);
    }
}
