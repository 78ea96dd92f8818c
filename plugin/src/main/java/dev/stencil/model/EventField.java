package dev.stencil.model;

/**
 * One field of a declared event schema.
 *
 * @param name the field's JSON name
 * @param type what it holds
 * @param optional whether the schema allows {@code null} (a union with {@code null})
 */
public record EventField(String name, FieldType type, boolean optional) {}
