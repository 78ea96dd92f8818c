package dev.stencil.integration;

import dev.stencil.defaults.KitDefaults;
import dev.stencil.model.Architecture;
import dev.stencil.model.ConnectionKind;
import dev.stencil.model.Declarations;
import dev.stencil.model.Lookup;
import java.util.Optional;

/**
 * How a table is keyed: for the events functions of declared streams write to it (their id field,
 * no sort key); for the declared aggregate of the Flink application writing it (the group key when
 * it is one required string field, else {@value KitDefaults.Aggregates#COMPOSITE_KEY}; the window's
 * start; {@value KitDefaults.Aggregates#EXPIRES_AT} when the aggregate gives a time to live); for a table
 * only looked up, the field its lookups name (the seed's {@code userId} for profiles); else as the kit's
 * defaults say. The sidecar's checks keep writers of different keys apart.
 *
 * @param partitionKey the partition key attribute (S)
 * @param sortKey the sort key attribute (N); empty for a table of events
 * @param ttlAttribute the time-to-live attribute; empty when items never expire
 * @param aggregate the declared aggregate written to it; empty for the kit's clickstream counts
 */
record TableKeys(String partitionKey, String sortKey, String ttlAttribute, Optional<Declarations.Aggregated> aggregate) {

    private static final KitDefaults.Aggregates KIT = KitDefaults.STANDARD.aggregates();
    /** The partition key of the seed's profiles ({@code DynamoDbProfileLookup}). */
    private static final String PROFILE_KEY = "userId";

    static TableKeys of(Architecture architecture, String table) {
        Optional<String> itemKey = architecture.incoming(table).stream()
                .filter(c -> c.kind() == ConnectionKind.FUNCTION_TO_TABLE)
                .flatMap(c -> architecture.declarations().eventsOf(architecture, c.from()).stream())
                .flatMap(s -> s.id().stream()).findFirst();
        if (itemKey.isPresent()) {
            return new TableKeys(itemKey.get(), "", "", Optional.empty());
        }
        return architecture.incoming(table).stream().filter(c -> c.kind() == ConnectionKind.FLINK_TO_TABLE)
                .flatMap(c -> architecture.declarations().aggregateOf(architecture, c.from()).stream())
                .findFirst()
                .map(a -> new TableKeys(a.aggregation().singleStringKey(a.schema())
                        .orElse(KitDefaults.Aggregates.COMPOSITE_KEY), KIT.sortKey(),
                        a.aggregation().ttl().isPresent() ? KitDefaults.Aggregates.EXPIRES_AT : "", Optional.of(a)))
                .orElseGet(() -> lookedUp(architecture, table));
    }

    /** A table only looked up: keyed by the field its lookups name, or by user id for the seed's profiles. */
    private static TableKeys lookedUp(Architecture architecture, String table) {
        Optional<String> lookupKey = architecture.declarations().lookupsOfTable(table).stream().map(Lookup::key)
                .findFirst();
        if (lookupKey.isPresent()) {
            return new TableKeys(lookupKey.get(), "", "", Optional.empty());
        }
        boolean profiles = architecture.outgoing(table).stream().anyMatch(c -> c.kind() == ConnectionKind.TABLE_TO_FUNCTION
                && architecture.declarations().eventsOf(architecture, c.to()).isEmpty());
        return profiles ? new TableKeys(PROFILE_KEY, "", "", Optional.empty())
                : new TableKeys(KIT.partitionKey(), KIT.sortKey(), "", Optional.empty());
    }
}
