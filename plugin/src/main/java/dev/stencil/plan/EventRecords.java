package dev.stencil.plan;

import dev.stencil.model.EventField;
import dev.stencil.model.EventSchema;
import dev.stencil.model.FieldType;
import dev.stencil.naming.JavaNames;
import dev.stencil.naming.Naming;
import dev.stencil.naming.Text;
import dev.stencil.plan.view.EventView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The record of one declared schema as code fragments: each field's Java type, and the statements that
 * read it from Jackson's streaming parser and write it, for the logic-free record template.
 */
final class EventRecords {

    private EventRecords() {}

    static EventView view(EventSchema schema, Naming naming) {
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
}
