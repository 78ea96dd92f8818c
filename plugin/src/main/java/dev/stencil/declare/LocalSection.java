package dev.stencil.declare;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stencil.model.EventField;
import dev.stencil.model.EventSchema;
import dev.stencil.model.FieldType;
import dev.stencil.model.LocalValues;
import dev.stencil.model.SourceLocation;
import dev.stencil.naming.DidYouMean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** {@code local:} how the local run makes each schema's events, checked against the schemas. */
final class LocalSection {

    private LocalSection() {}

    static List<LocalValues> check(Checking checking) {
        List<LocalValues> declared = new ArrayList<>();
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
            Map<String, LocalValues.Values> values = new LinkedHashMap<>();
            schema.ifPresent(s -> fields.properties().forEach(f -> {
                SourceLocation fieldAt = checking.yaml().keyAt(fields, f.getKey());
                checking.field(s, f.getKey(), fieldAt, "the generated field").ifPresent(field -> {
                    if (f.getValue().has("range")) {
                        checking.numeric(s, field, fieldAt, "a range");
                    }
                    f.getValue().path("oneOf").forEach(v -> oneOf(checking, s, field, v));
                    values.put(field.name(), values(f.getValue()));
                });
            }));
            JsonNode seed = entry.getValue().path("seed");
            declared.add(new LocalValues(entry.getKey(), seed.isIntegralNumber() ? OptionalLong.of(seed.asLong())
                    : OptionalLong.empty(), values));
        }
        return declared;
    }

    /** A value of {@code oneOf} the field can hold: a symbol of an enum, a number of a number field. */
    private static void oneOf(Checking checking, EventSchema schema, EventField field, JsonNode value) {
        boolean fits = switch (field.type()) {
            case ENUM -> field.symbols().contains(value.asText()) && value.isTextual();
            case INT, LONG -> value.isIntegralNumber();
            case FLOAT, DOUBLE -> value.isNumber();
            case BOOLEAN -> value.isBoolean();
            case STRING -> value.isValueNode() && !value.isNull();
            case TIMESTAMP, OTHER -> false;
        };
        if (!fits) {
            checking.error("LOCAL_VALUE_NOT_OF_FIELD", checking.yaml().at(value), "'" + value.asText() + "' is not "
                    + field.type().aWord() + (field.type() == FieldType.ENUM ? " of " + String.join(", ",
                    field.symbols()) : "") + ", which " + field.name() + " of " + schema.name() + " holds",
                    field.type() == FieldType.TIMESTAMP || field.type() == FieldType.OTHER
                            ? "the local run makes " + field.name() + " itself; remove its oneOf"
                            : DidYouMean.hint(value.asText(), field.symbols(), "give values of the field's type"));
        }
    }

    private static LocalValues.Values values(JsonNode declared) {
        List<Object> oneOf = new ArrayList<>();
        declared.path("oneOf").forEach(v -> oneOf.add(v.isNumber() ? v.numberValue() : v.isBoolean()
                ? (Object) v.booleanValue() : v.asText()));
        List<Double> range = new ArrayList<>();
        declared.path("range").forEach(v -> range.add(v.asDouble()));
        return new LocalValues.Values(oneOf, range);
    }
}
