package dev.stencil.diagram;

import java.util.Optional;

/** Finds the files that {@code !include} names; the reader itself touches no file system. */
@FunctionalInterface
public interface Includes {

    /**
     * A file included from another.
     *
     * @param file the included file's path as diagnostics should print it
     * @param text its content
     */
    record Included(String file, String text) {}

    /**
     * The file a relative {@code !include} names, if it exists.
     *
     * @param includingFile the path of the file holding the {@code !include}
     * @param target the path written after {@code !include}
     */
    Optional<Included> resolve(String includingFile, String target);

    /** For text that may include nothing. */
    static Includes none() {
        return (from, target) -> Optional.empty();
    }
}
