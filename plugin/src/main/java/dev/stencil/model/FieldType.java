package dev.stencil.model;

/** What an event field holds, as its Avro type says. */
public enum FieldType {
    STRING,
    INT,
    LONG,
    FLOAT,
    DOUBLE,
    BOOLEAN,
    /**
     * An Avro {@code long} with logical type {@code timestamp-millis}. Finer timestamps
     * ({@code timestamp-micros}, {@code timestamp-nanos}) are plain {@link #LONG}s: Stencil windows,
     * indexes and makes event times in milliseconds.
     */
    TIMESTAMP,
    /** An Avro enum: a string of a fixed set. */
    ENUM,
    /** A record, array, map, bytes or a union of several types: carried, never computed on. */
    OTHER;

    /** Whether {@code sum}, {@code avg}, {@code min} and {@code max} apply. */
    public boolean numeric() {
        return this == INT || this == LONG || this == FLOAT || this == DOUBLE;
    }

    /** The type as a user reads it in a message, such as {@code string}. */
    public String word() {
        return this == OTHER ? "record, array, map or union" : name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The type with its article, such as {@code a string} or {@code an int}. */
    public String aWord() {
        return ("aeiou".indexOf(word().charAt(0)) >= 0 ? "an " : "a ") + word();
    }
}
