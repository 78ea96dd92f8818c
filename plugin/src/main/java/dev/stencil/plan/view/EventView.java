package dev.stencil.plan.view;

import java.util.List;

/**
 * Feeds the record generated for one declared schema, in the functions module.
 *
 * @param packageName the records' package, such as {@code com.example.telemetry.events}
 * @param type the record, such as {@code Reading}
 * @param schema the schema's name in the sidecar
 * @param components one per field, in schema order
 * @param nullChecks the components the compact constructor rejects {@code null} for: required, not primitive
 * @param constants the record's constants (the symbols of its enum fields), as Java declarations
 * @param symbols whether it has enum fields, so that it needs {@code java.util.Set}
 */
public record EventView(String packageName, String type, String schema, List<Component> components,
        List<Component> nullChecks, List<String> constants, boolean symbols) {

    public EventView {
        components = List.copyOf(components);
        nullChecks = List.copyOf(nullChecks);
        constants = List.copyOf(constants);
    }

    /**
     * One field as a record component.
     *
     * @param json the field's JSON name
     * @param name the component's name
     * @param javaType its Java type
     * @param required whether every event has it
     * @param avroType the field's type as a user reads it, for Javadoc
     * @param locals the reader's local variables for it, as Java declarations
     * @param read the reader's statements for its value (the parser {@code $parser} on the value)
     * @param present the condition under which a required field was read; empty for an optional one
     * @param write the {@code JsonOut} method that writes its value
     */
    public record Component(String json, String name, String javaType, boolean required, String avroType,
            List<String> locals, List<String> read, String present, String write) {
        public Component {
            locals = List.copyOf(locals);
            read = List.copyOf(read);
        }
    }
}
