package dev.stencil.declare;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stencil.model.EventSchema;
import dev.stencil.model.SourceLocation;
import java.util.Map;
import java.util.Optional;

/**
 * {@code local:} how the local run makes each schema's events. Checked against the schemas; the
 * local producer is not yet generated from it (a warning says so).
 */
final class LocalSection {

    private LocalSection() {}

    static void check(Checking checking) {
        JsonNode section = checking.yaml().root().path("local");
        for (Map.Entry<String, JsonNode> entry : section.properties()) {
            SourceLocation at = checking.yaml().keyAt(section, entry.getKey());
            if (!checking.declaresSchema(entry.getKey())) {
                checking.error("SIDECAR_UNKNOWN_SCHEMA", at, "no schema '" + entry.getKey() + "' under schemas:",
                        "name a schema declared under schemas:");
                continue;
            }
            Optional<EventSchema> schema = checking.schema(entry.getKey());
            JsonNode fields = entry.getValue().path("fields");
            schema.ifPresent(s -> fields.properties().forEach(f -> {
                SourceLocation fieldAt = checking.yaml().keyAt(fields, f.getKey());
                checking.field(s, f.getKey(), fieldAt, "the generated field").ifPresent(field -> {
                    if (f.getValue().has("range")) {
                        checking.numeric(s, field, fieldAt, "a range");
                    }
                });
            }));
            checking.warning("NOT_GENERATED_YET", at, "local values of " + entry.getKey() + " are checked but not"
                    + " generated yet: the local run still puts synthetic clickstream events",
                    "the declaration is kept; a later Stencil generates the producer from it");
        }
    }
}
