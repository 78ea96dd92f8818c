package dev.stencil.integration;

import dev.stencil.defaults.KitDefaults;
import dev.stencil.model.Architecture;
import dev.stencil.model.ConnectionKind;
import dev.stencil.model.Declarations;
import java.util.Optional;

/**
 * How a table is keyed: for the events functions of declared streams write to it (their id field,
 * no sort key); for the declared aggregate of the Flink application writing it (the group key when
 * it is one required string field, else {@value KitDefaults.Aggregates#COMPOSITE_KEY}; the window's
 * start; {@value KitDefaults.Aggregates#EXPIRES_AT} when the aggregate gives a time to live); else as
 * the kit's defaults say. The sidecar's checks keep writers of different keys apart.
 *
 * @param partitionKey the partition key attribute (S)
 * @param sortKey the sort key attribute (N); empty for a table of events
 * @param ttlAttribute the time-to-live attribute; empty when items never expire
 * @param aggregate the declared aggregate written to it; empty for the kit's clickstream counts
 */
record TableKeys(String partitionKey, String sortKey, String ttlAttribute, Optional<Declarations.Aggregated> aggregate) {

    private static final KitDefaults.Aggregates KIT = KitDefaults.STANDARD.aggregates();

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
                .orElse(new TableKeys(KIT.partitionKey(), KIT.sortKey(), "", Optional.empty()));
    }
}
