package dev.stencil.declare;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stencil.model.Component;
import dev.stencil.model.EventField;
import dev.stencil.model.EventSchema;
import dev.stencil.model.FieldType;
import dev.stencil.model.ServiceKind;
import dev.stencil.model.SourceLocation;
import dev.stencil.model.StreamSemantics;
import dev.stencil.naming.DidYouMean;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code streams:}: each stream of the diagram, the schema of its events, its partition key and event time. */
final class StreamSection {

    private StreamSection() {}

    static List<StreamSemantics> check(Checking checking) {
        List<StreamSemantics> streams = new ArrayList<>();
        JsonNode section = checking.yaml().root().path("streams");
        for (Map.Entry<String, JsonNode> entry : section.properties()) {
            SourceLocation at = checking.yaml().keyAt(section, entry.getKey());
            if (stream(checking, entry.getKey(), at).isEmpty()) {
                continue;
            }
            JsonNode declared = entry.getValue();
            String schemaName = declared.path("schema").asText();
            Optional<EventSchema> schema = schema(checking, declared, schemaName);
            Optional<String> partitionKey = text(declared, "partitionKey");
            Optional<String> eventTime = text(declared, "eventTime");
            Optional<String> id = text(declared, "id");
            schema.ifPresent(s -> {
                partitionKey.ifPresent(k -> checking.field(s, declared.path("partitionKey"), "the partition key"));
                eventTime.ifPresent(t -> checking.field(s, declared.path("eventTime"), "the event time")
                        .ifPresent(f -> eventTime(checking, s, f, checking.yaml().at(declared.path("eventTime")))));
                id.ifPresent(i -> checking.field(s, declared.path("id"), "the event id")
                        .ifPresent(f -> eventId(checking, s, f, checking.yaml().at(declared.path("id")))));
            });
            streams.add(new StreamSemantics(entry.getKey(), schemaName, partitionKey, eventTime,
                    id.or(() -> schema.flatMap(StreamSection::conventionalId)), at));
        }
        return streams;
    }

    /** The stream the key names; a located error when the diagram has no such stream. */
    private static Optional<Component> stream(Checking checking, String alias, SourceLocation at) {
        Optional<Component> component = checking.architecture().component(alias);
        if (component.isEmpty()) {
            List<String> streams = checking.architecture().componentsOf(ServiceKind.KINESIS_STREAM).stream()
                    .map(Component::alias).toList();
            checking.error("SIDECAR_UNKNOWN_STREAM", at, "the diagram has no node '" + alias + "'",
                    DidYouMean.hint(alias, streams, "the diagram's streams are " + String.join(", ", streams)));
            return Optional.empty();
        }
        if (component.get().kind() != ServiceKind.KINESIS_STREAM) {
            checking.error("SIDECAR_NOT_A_STREAM", at, "'" + alias + "' is a " + component.get().kind().displayName()
                    + ", not a stream", "declare streams under streams:, and arrows under flows:");
            return Optional.empty();
        }
        return component;
    }

    private static Optional<EventSchema> schema(Checking checking, JsonNode declared, String name) {
        if (!checking.declaresSchema(name)) {
            List<String> names = new ArrayList<>();
            checking.yaml().root().path("schemas").fieldNames().forEachRemaining(names::add);
            checking.error("SIDECAR_UNKNOWN_SCHEMA", checking.yaml().at(declared.path("schema")),
                    "no schema '" + name + "' under schemas:", DidYouMean.hint(name, names,
                            names.isEmpty() ? "declare it: schemas: { " + name + ": path/to/" + name.toLowerCase()
                                    + ".avsc }" : "the schemas are " + String.join(", ", names)));
        }
        return checking.schema(name);
    }

    private static void eventTime(Checking checking, EventSchema schema, EventField field, SourceLocation at) {
        String logical = logicalType(checking, schema, field);
        if (logical.startsWith("timestamp-") && field.type() != FieldType.TIMESTAMP) {
            checking.error("EVENT_TIME_NOT_MILLIS", at, "the event time " + field.name() + " of " + schema.name()
                    + " is a " + logical + " long, but Stencil windows, indexes and makes event times in milliseconds",
                    "give it the Avro type {\"type\": \"long\", \"logicalType\": \"timestamp-millis\"}, or make it"
                    + " an ISO-8601 string");
        } else if (!Checking.isType(field, FieldType.TIMESTAMP, FieldType.STRING)) {
            checking.error("EVENT_TIME_NOT_TIMESTAMP", at, "the event time " + field.name() + " of " + schema.name()
                    + " is " + field.type().aWord() + ", not a timestamp", "give it the Avro type {\"type\": \"long\","
                    + " \"logicalType\": \"timestamp-millis\"}, or make it an ISO-8601 string");
        }
    }

    /** The Avro logical type of a field (of its non-null branch when optional); empty when it has none. */
    private static String logicalType(Checking checking, EventSchema schema, EventField field) {
        AvroSchemas.Read read = checking.schemas().get(schema.name());
        org.apache.avro.Schema.Field avro = read == null ? null : read.avro().getField(field.name());
        if (avro == null) {
            return "";
        }
        return avro.schema().getType() == org.apache.avro.Schema.Type.UNION
                ? avro.schema().getTypes().stream().map(AvroSchemas::logicalName).filter(n -> !n.isEmpty())
                        .findFirst().orElse("")
                : AvroSchemas.logicalName(avro.schema());
    }

    private static void eventId(Checking checking, EventSchema schema, EventField field, SourceLocation at) {
        if (field.optional() || !Checking.isType(field, FieldType.STRING, FieldType.INT, FieldType.LONG)) {
            checking.error("EVENT_ID_NOT_A_KEY", at, "the event id " + field.name() + " of " + schema.name() + " is "
                    + (field.optional() ? "optional " : "") + field.type().aWord() + ": it cannot identify every event",
                    "name a field every event has, of type string, int or long (not a union with null)");
        }
    }

    /** Without {@code id:}, the schema's required string field {@code eventId} or {@code id}, if it has one. */
    private static Optional<String> conventionalId(EventSchema schema) {
        return java.util.stream.Stream.of("eventId", "id").flatMap(n -> schema.field(n).stream())
                .filter(f -> f.type() == FieldType.STRING && !f.optional()).map(EventField::name).findFirst();
    }

    private static Optional<String> text(JsonNode node, String key) {
        return node.has(key) ? Optional.of(node.get(key).asText()) : Optional.empty();
    }
}
