package dev.stencil.plan;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.stencil.model.Architecture;
import dev.stencil.model.Component;
import dev.stencil.model.EventField;
import dev.stencil.model.EventSchema;
import dev.stencil.model.FieldType;
import dev.stencil.model.LocalValues;
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
                .map(this::view).toList();
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
        return new FunctionEvent(type, naming.eventsPackage() + "." + type, JavaNames.camel(type, "event"),
                "JsonRecordDecoder.of(" + type + ".class, " + type + ".READER)",
                stream.get().id().map(id -> schema.get().field(id).orElseThrow().type() == FieldType.STRING
                        ? type + "::" + components.get(id) : "(" + type + " e) -> String.valueOf(e." + components.get(id) + "())")
                        .orElse(""), true,
                samples.stream().map(s -> Text.javaLiteral(s.toString())).toList(),
                required.map(f -> Text.javaLiteral(samples.get(0).deepCopy().without(f.name()).toString())).orElse(""),
                required.map(EventField::name).orElse(""));
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

    private EventView view(EventSchema schema) {
        Map<String, String> names = Naming.eventComponents(schema.fieldNames());
        List<EventView.Component> components = new ArrayList<>();
        List<String> constants = new ArrayList<>();
        for (EventField field : schema.fields()) {
            String name = names.get(field.name());
            String literal = Text.javaLiteral(field.name());
            String reader = reader(field);
            List<String> locals = new ArrayList<>(List.of(javaType(field) + " " + name + " = "
                    + (field.optional() || !primitive(field) ? "null" : field.type() == FieldType.BOOLEAN ? "false" : "0")
                    + ";"));
            List<String> read = new ArrayList<>();
            String present = "";
            if (field.type() == FieldType.ENUM) {
                String constant = JavaNames.upperSnake(name, "FIELD") + "_SYMBOLS";
                constants.add("private static final Set<String> " + constant + " = Set.of(" + String.join(", ",
                        field.symbols().stream().map(Text::javaLiteral).toList()) + ");");
                read.add(name + " = JsonFields.symbol($parser, " + literal + ", " + constant + ");");
            } else if (field.type() == FieldType.OTHER) {
                read.add(name + " = JsonFields.tree($parser);");
            } else {
                read.add(name + " = JsonFields." + reader + "($parser, " + literal + ");");
            }
            if (!field.optional() && primitive(field)) {
                String flag = "$has" + JavaNames.pascal(name, "Field");
                locals.add("boolean " + flag + " = false;");
                read.add(flag + " = true;");
                present = flag;
            } else if (!field.optional()) {
                present = name + " != null";
            }
            components.add(new EventView.Component(field.name(), name, javaType(field), !field.optional(),
                    (field.optional() ? "optional " : "") + field.type().word(), locals, read, present, writer(field)));
        }
        return new EventView(naming.eventsPackage(), Naming.eventType(schema.name()), schema.name(),
                components, components.stream().filter(c -> c.required() && !Character.isLowerCase(c.javaType().charAt(0)))
                .toList(), constants, !constants.isEmpty());
    }

    private static String javaType(EventField field) {
        boolean boxed = field.optional();
        return switch (field.type()) {
            case STRING, ENUM -> "String";
            case INT -> boxed ? "Integer" : "int";
            case LONG, TIMESTAMP -> boxed ? "Long" : "long";
            case FLOAT -> boxed ? "Float" : "float";
            case DOUBLE -> boxed ? "Double" : "double";
            case BOOLEAN -> boxed ? "Boolean" : "boolean";
            case OTHER -> "com.fasterxml.jackson.databind.JsonNode";
        };
    }

    private static boolean primitive(EventField field) {
        return field.type().numeric() || field.type() == FieldType.TIMESTAMP || field.type() == FieldType.BOOLEAN;
    }

    /** The {@code JsonFields} method that reads a field of this type. */
    private static String reader(EventField field) {
        String type = switch (field.type()) {
            case INT -> "Int";
            case LONG, TIMESTAMP -> "Long";
            case FLOAT -> "Float";
            case DOUBLE -> "Double";
            case BOOLEAN -> "Boolean";
            default -> "";
        };
        if (type.isEmpty()) {
            return "string";
        }
        return field.optional() ? "optional" + type : type.toLowerCase(java.util.Locale.ROOT) + "Value";
    }

    /** The {@code JsonOut} method that writes a field of this type. */
    private static String writer(EventField field) {
        return switch (field.type()) {
            case INT, LONG, TIMESTAMP, FLOAT, DOUBLE -> "number";
            case BOOLEAN -> "bool";
            case OTHER -> "tree";
            default -> "string";
        };
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
