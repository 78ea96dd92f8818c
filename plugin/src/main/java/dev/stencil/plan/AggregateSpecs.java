package dev.stencil.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stencil.defaults.KitDefaults;
import dev.stencil.model.Aggregation;
import dev.stencil.model.Declarations;
import dev.stencil.model.EventField;
import java.time.Duration;

/**
 * A declared aggregate as the runtime reads it ({@code dev.stencil.flink.AggregateSpec}), beside the
 * job: the schema's columns, the event time, the window, group keys and measures, the table's keys
 * and time to live. The job reads its events with it; the local run evaluates it on its own.
 */
final class AggregateSpecs {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AggregateSpecs() {}

    static String json(Declarations.Aggregated aggregated) {
        Aggregation aggregation = aggregated.aggregation();
        ObjectNode spec = JSON.createObjectNode();
        ArrayNode columns = spec.putArray("columns");
        for (EventField field : aggregated.schema().fields()) {
            columns.addObject().put("name", field.name()).put("type", AggregateSql.columnType(field))
                    .put("optional", field.optional());
        }
        spec.put("eventTime", aggregated.stream().eventTime().orElseThrow());
        spec.putObject("window").put("kind", aggregation.window().kind().name())
                .put("sizeMillis", aggregation.window().size().toMillis())
                .put("slideMillis", aggregation.window().slide().toMillis());
        aggregation.groupBy().forEach(spec.putArray("groupBy")::add);
        ArrayNode measures = spec.putArray("measures");
        for (Aggregation.Measure measure : aggregation.measures()) {
            ObjectNode m = measures.addObject().put("name", measure.name()).put("operation", measure.operation().name());
            measure.field().ifPresent(f -> m.put("field", f));
        }
        spec.put("partitionKey", aggregation.singleStringKey(aggregated.schema())
                .orElse(KitDefaults.Aggregates.COMPOSITE_KEY));
        spec.put("sortKey", KitDefaults.STANDARD.aggregates().sortKey());
        spec.put("ttlSeconds", aggregation.ttl().map(Duration::toSeconds).orElse(0L));
        return spec.toPrettyString() + "\n";
    }
}
