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
 */
public record EventView(String packageName, String type, String schema, List<Component> components,
        List<Component> nullChecks) {

    public EventView {
        components = List.copyOf(components);
        nullChecks = List.copyOf(nullChecks);
    }

    /**
     * One field as a record component.
     *
     * @param json the field's JSON name
     * @param name the component's name
     * @param javaType its Java type
     * @param required whether every event has it
     * @param avroType the field's type as a user reads it, for Javadoc
     */
    public record Component(String json, String name, String javaType, boolean required, String avroType) {}
}
