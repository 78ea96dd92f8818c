package dev.stencil.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stencil.model.Architecture;
import dev.stencil.model.Component;
import dev.stencil.model.Connection;
import dev.stencil.model.ConnectionKind;
import dev.stencil.model.EventField;
import dev.stencil.model.EventSchema;
import dev.stencil.model.FieldType;
import dev.stencil.model.GeoIp;
import dev.stencil.model.LocalValues;
import dev.stencil.model.Lookup;
import dev.stencil.model.ServiceKind;
import dev.stencil.model.StreamSemantics;
import dev.stencil.naming.JavaNames;
import dev.stencil.naming.Naming;
import dev.stencil.naming.Text;
import dev.stencil.plan.view.EventView;
import dev.stencil.plan.view.FunctionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Plans what the declared schemas give the functions that decode them: one record per schema, the
 * event each function decodes, sample events for its test, and the description the local run makes
 * the stream's events from.
 */
final class EventPlanner {

    /** Event time of the samples: the local run's first event time. */
    private static final long SAMPLE_TIME = 1_767_225_600_000L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Architecture architecture;
    private final Naming naming;

    EventPlanner(Architecture architecture, Naming naming) {
        this.architecture = architecture;
        this.naming = naming;
    }

    /** The records of the schemas some function decodes, once each. */
    List<EventView> views() {
        return architecture.componentsOf(ServiceKind.LAMBDA_FUNCTION).stream()
                .flatMap(f -> architecture.declarations().eventsOf(architecture, f.alias()).stream())
                .map(StreamSemantics::schema).distinct()
                .flatMap(name -> architecture.declarations().schema(name).stream())
                .map(schema -> EventRecords.view(schema, naming)).toList();
    }

    /** The events a function decodes. */
    FunctionEvent eventOf(Component function) {
        Optional<StreamSemantics> stream = architecture.declarations().eventsOf(architecture, function.alias());
        Optional<EventSchema> schema = stream.flatMap(s -> architecture.declarations().schema(s.schema()));
        if (schema.isEmpty()) {
            return FunctionEvent.CLICKS;
        }
        Map<String, String> components = Naming.eventComponents(schema.get().fieldNames());
        String type = Naming.eventType(schema.get().name());
        LocalValues local = architecture.declarations().localValues(schema.get().name());
        List<ObjectNode> samples = IntStream.rangeClosed(1, 3)
                .mapToObj(i -> sample(schema.get(), stream.get(), local, i)).toList();
        Optional<EventField> required = schema.get().fields().stream().filter(f -> !f.optional()).findFirst();
        return new FunctionEvent(type, naming.eventClass(schema.get().name()), JavaNames.camel(type, "event"),
                "JsonRecordDecoder.of(" + type + ".class, " + type + ".READER)",
                stream.get().id().map(id -> schema.get().field(id).orElseThrow().type() == FieldType.STRING
                        ? type + "::" + components.get(id) : "(" + type + " e) -> String.valueOf(e." + components.get(id) + "())")
                        .orElse(""), true,
                samples.stream().map(s -> Text.javaLiteral(s.toString())).toList(),
                required.map(f -> Text.javaLiteral(samples.get(0).deepCopy().without(f.name()).toString())).orElse(""),
                required.map(EventField::name).orElse(""), mappingsResource(function.alias(), type),
                stream.get().id().orElse(""));
    }

    /**
     * The OpenSearch mappings of each schema some function indexes, by the resource it is read from:
     * strict (a document with a field the schema does not have is refused), derived from the schema.
     */
    Map<String, String> searchMappings() {
        Map<String, String> mappings = new java.util.LinkedHashMap<>();
        for (Connection c : architecture.connections()) {
            if (c.kind() != ConnectionKind.FUNCTION_TO_SEARCH) {
                continue;
            }
            List<String> lookups = architecture.declarations().lookupsOf(architecture, c.from()).stream()
                    .map(Lookup::as).toList();
            List<String> locations = architecture.declarations().geoIpsOf(architecture, c.from()).stream()
                    .map(GeoIp::as).toList();
            architecture.declarations().eventsOf(architecture, c.from()).ifPresent(stream -> architecture
                    .declarations().schema(stream.schema()).ifPresent(schema -> mappings.putIfAbsent(
                            mappingsResource(c.from(), Naming.eventType(schema.name())),
                            SearchMappings.of(schema, stream.eventTime(), lookups, locations))));
        }
        return mappings;
    }

    /** The geo-IP tables the functions locate with, by the resource each is put at, with their text. */
    Map<String, String> geoIpTables() {
        Map<String, String> tables = new java.util.LinkedHashMap<>();
        for (Component function : architecture.componentsOf(ServiceKind.LAMBDA_FUNCTION)) {
            for (GeoIp geo : architecture.declarations().geoIpsOf(architecture, function.alias())) {
                geo.table().ifPresent(table -> tables.putIfAbsent(naming.geoIpResource(table.fileName()),
                        table.text().endsWith("\n") ? table.text().substring(0, table.text().length() - 1)
                                : table.text()));
            }
        }
        return tables;
    }

    /** The mappings of a function's documents: its schema's, or its own when it adds enrichments to them. */
    private String mappingsResource(String function, String eventType) {
        return architecture.declarations().lookupsOf(architecture, function).isEmpty()
                && architecture.declarations().geoIpsOf(architecture, function).isEmpty()
                ? naming.searchMappingsResource(eventType) : naming.searchMappingsResource(eventType, naming.of(function));
    }

    /**
     * What the local run makes a declared stream's events from, as JSON: the schema's fields with the
     * sidecar's values for them, the id, partition key and event time fields, and the seed.
     */
    Optional<String> localEvents(String streamAlias) {
        return architecture.declarations().stream(streamAlias).flatMap(stream -> architecture.declarations()
                .schema(stream.schema()).map(schema -> {
                    LocalValues local = architecture.declarations().localValues(schema.name());
                    ObjectNode spec = JSON.createObjectNode().put("stream", streamAlias).put("schema", schema.name());
                    stream.id().ifPresent(id -> spec.put("id", id));
                    stream.partitionKey().ifPresent(key -> spec.put("partitionKey", key));
                    stream.eventTime().ifPresent(time -> spec.put("eventTime", time));
                    local.seed().ifPresent(seed -> spec.put("seed", seed));
                    ArrayNode fields = spec.putArray("fields");
                    for (EventField field : schema.fields()) {
                        ObjectNode f = fields.addObject().put("name", field.name()).put("type", field.type().name())
                                .put("optional", field.optional());
                        if (!field.symbols().isEmpty()) {
                            field.symbols().forEach(f.withArray("symbols")::add);
                        }
                        LocalValues.Values values = local.fields().get(field.name());
                        if (values != null) {
                            values.oneOf().forEach(v -> f.withArray("oneOf").addPOJO(v));
                            values.range().forEach(v -> f.withArray("range").add(v));
                        }
                    }
                    return spec.toPrettyString() + "\n";
                }));
    }

    /** A valid event: every field set, the sidecar's values where it gives some. */
    private static ObjectNode sample(EventSchema schema, StreamSemantics stream, LocalValues local, int i) {
        ObjectNode event = JSON.createObjectNode();
        for (EventField field : schema.fields()) {
            LocalValues.Values values = local.fields().get(field.name());
            Object declared = values == null || values.oneOf().isEmpty() ? null
                    : values.oneOf().get((i - 1) % values.oneOf().size());
            Double low = values == null || values.range().isEmpty() ? null : values.range().get(0);
            boolean id = stream.id().map(field.name()::equals).orElse(false);
            switch (field.type()) {
                case STRING -> event.put(field.name(), id ? "e-" + i : Objects.toString(declared, field.name() + "-" + i));
                case ENUM -> event.put(field.name(), field.symbols().get((i - 1) % field.symbols().size()));
                case INT -> event.put(field.name(), declared instanceof Number n ? n.intValue()
                        : low != null ? low.intValue() + i : i);
                case LONG -> event.put(field.name(), declared instanceof Number n ? n.longValue()
                        : low != null ? low.longValue() + i : i);
                case FLOAT, DOUBLE -> event.put(field.name(), declared instanceof Number n ? n.doubleValue()
                        : (low != null ? low : 0) + i + 0.5);
                case BOOLEAN -> event.put(field.name(), declared instanceof Boolean b ? b.booleanValue() : i % 2 == 1);
                case TIMESTAMP -> event.put(field.name(), SAMPLE_TIME + i * 1_000L);
                case OTHER -> event.putObject(field.name());
            }
        }
        return event;
    }
}
