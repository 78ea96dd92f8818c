package dev.stencil.model;

import java.util.List;

/**
 * One field of a declared event schema.
 *
 * @param name the field's JSON name
 * @param type what it holds
 * @param optional whether the schema allows {@code null} (a union with {@code null})
 * @param symbols the values an enum field may take, in schema order; empty for other types
 */
public record EventField(String name, FieldType type, boolean optional, List<String> symbols) {

    public EventField {
        symbols = List.copyOf(symbols);
    }

    /** A field of a type other than an enum. */
    public EventField(String name, FieldType type, boolean optional) {
        this(name, type, optional, List.of());
    }
}
