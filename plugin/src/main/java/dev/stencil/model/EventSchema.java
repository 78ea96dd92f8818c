package dev.stencil.model;

import java.util.List;
import java.util.Optional;

/**
 * An event schema declared beside the diagram: its name in the sidecar and its top-level fields.
 *
 * @param name the name the sidecar gives it, such as {@code Reading}
 * @param location the Avro file, where diagnostics about the schema point
 * @param fields the fields in schema order
 */
public record EventSchema(String name, SourceLocation location, List<EventField> fields) {

    public EventSchema {
        fields = List.copyOf(fields);
    }

    public Optional<EventField> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }

    public List<String> fieldNames() {
        return fields.stream().map(EventField::name).toList();
    }
}
