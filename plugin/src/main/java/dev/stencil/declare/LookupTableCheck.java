package dev.stencil.declare;

import dev.stencil.model.Connection;
import dev.stencil.model.ConnectionKind;
import dev.stencil.model.FlowSemantics;
import dev.stencil.model.GeoIp;
import dev.stencil.model.Lookup;
import dev.stencil.model.StreamSemantics;
import java.util.List;
import java.util.Optional;

/**
 * A looked-up table is read by its partition key alone: every lookup of it names the same key, a table
 * that events are put into by id is looked up by that id, and a table of windows (keyed by window
 * start too) is not looked up at all; two geo-IP tables of one file name are one table. An arrow {@code table --> function} of a declared function
 * that no lookup uses grants a read that nothing makes: a warning.
 */
final class LookupTableCheck {

    private LookupTableCheck() {}

    static void check(Checking checking, List<StreamSemantics> streams, List<FlowSemantics> flows) {
        List<Lookup> lookups = flows.stream().flatMap(f -> f.lookups().stream()).toList();
        for (Lookup lookup : lookups) {
            Optional<Lookup> other = lookups.stream().filter(l -> l.table().equals(lookup.table())
                    && !l.key().equals(lookup.key())).findFirst();
            if (other.isPresent() && lookups.indexOf(other.get()) < lookups.indexOf(lookup)) {
                checking.error("LOOKUP_KEYS_DIFFER", lookup.location(), lookup.table() + " is looked up by "
                        + other.get().key() + " at line " + other.get().location().line() + " and by " + lookup.key()
                        + " here; a table has one partition key", "look " + lookup.table() + " up by one field");
            }
            writers(checking, streams, lookup);
        }
        tables(checking, flows);
        for (Connection arrow : checking.architecture().connections()) {
            if (arrow.kind() == ConnectionKind.TABLE_TO_FUNCTION && typed(checking, streams, arrow.to())
                    && lookups.stream().noneMatch(l -> l.table().equals(arrow.from()) && usedBy(flows, l, arrow.to()))) {
                checking.warning("LOOKUP_NOT_DECLARED", arrow.location(), arrow.to() + " may read " + arrow.from()
                        + " (a get grant and its name in the environment), but no enrich of the arrows into "
                        + arrow.to() + " looks it up", "add enrich: [ { lookup: " + arrow.from()
                        + ", key: <field> } ] to the arrow into " + arrow.to() + " in the sidecar");
            }
        }
    }

    /** Geo-IP tables go beside the functions' classes by file name: two of one name must be one table. */
    private static void tables(Checking checking, List<FlowSemantics> flows) {
        java.util.Map<String, GeoIp> first = new java.util.HashMap<>();
        for (GeoIp geo : flows.stream().flatMap(f -> f.geoIps().stream()).toList()) {
            geo.table().ifPresent(table -> {
                GeoIp other = first.putIfAbsent(table.fileName(), geo);
                if (other != null && !other.table().orElseThrow().text().equals(table.text())) {
                    checking.error("GEOIP_TABLE_NAME_TAKEN", geo.location(), "another geo-IP table named "
                            + table.fileName() + " is declared at line " + other.location().line()
                            + "; both would be put at the same place beside the functions",
                            "rename one of the two files, or name the same file in both");
                    first.put(table.fileName(), other);
                }
            });
        }
    }

    private static void writers(Checking checking, List<StreamSemantics> streams, Lookup lookup) {
        for (Connection in : checking.architecture().incoming(lookup.table())) {
            Optional<StreamSemantics> events = in.kind() == ConnectionKind.FUNCTION_TO_TABLE
                    ? checking.architecture().incoming(in.from()).stream()
                            .filter(c -> c.kind() == ConnectionKind.STREAM_TO_FUNCTION)
                            .flatMap(c -> streams.stream().filter(s -> s.stream().equals(c.from()))).findFirst()
                    : Optional.empty();
            boolean windows = in.kind() == ConnectionKind.FLINK_TO_TABLE
                    || (in.kind() == ConnectionKind.FUNCTION_TO_TABLE && events.isEmpty());
            if (windows) {
                checking.error("LOOKUP_OF_WINDOWS", lookup.location(), lookup.table() + " holds the windows "
                        + in.from() + " writes, keyed by window start too; a lookup gets an item by its partition "
                        + "key alone", "look up a table of reference data, or read the windows in the function's logic");
                return;
            }
            Optional<String> id = events.flatMap(StreamSemantics::id);
            if (id.isPresent() && !id.get().equals(lookup.key())) {
                checking.error("LOOKUP_KEYS_DIFFER", lookup.location(), in.from() + " puts items into "
                        + lookup.table() + " keyed by " + id.get() + ", but this lookup gets them by " + lookup.key(),
                        "look " + lookup.table() + " up by " + id.get());
                return;
            }
        }
    }

    private static boolean typed(Checking checking, List<StreamSemantics> streams, String function) {
        return checking.architecture().incoming(function).stream().filter(c -> c.kind() == ConnectionKind.STREAM_TO_FUNCTION)
                .anyMatch(c -> streams.stream().anyMatch(s -> s.stream().equals(c.from())));
    }

    private static boolean usedBy(List<FlowSemantics> flows, Lookup lookup, String function) {
        return flows.stream().filter(f -> f.to().equals(function)).anyMatch(f -> f.lookups().contains(lookup));
    }
}
