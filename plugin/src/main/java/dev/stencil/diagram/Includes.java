package dev.stencil.diagram;

import dev.stencil.model.Diagnostic;
import dev.stencil.model.SourceLocation;

/** Finds the files that {@code !include} names; the reader itself touches no file system. */
@FunctionalInterface
public interface Includes {

    /** What looking up an included file found. */
    sealed interface Lookup permits Included, Missing, Refused {}

    /**
     * A file included from another.
     *
     * @param file the included file's path as diagnostics should print it
     * @param text its content
     */
    record Included(String file, String text) implements Lookup {}

    /** No file at the path. */
    record Missing() implements Lookup {}

    /**
     * A file that is there but cannot be a diagram's part (not UTF-8, a path the file system rejects,
     * not readable), already said as a located diagnostic.
     *
     * @param diagnostic the reason, located in the included file or at the {@code !include}
     */
    record Refused(Diagnostic diagnostic) implements Lookup {}

    /**
     * The file a relative {@code !include} names.
     *
     * @param includingFile the path of the file holding the {@code !include}
     * @param target the path written after {@code !include}
     * @param at where the {@code !include} is written
     */
    Lookup resolve(String includingFile, String target, SourceLocation at);

    /** For text that may include nothing. */
    static Includes none() {
        return (from, target, at) -> new Missing();
    }
}
