package dev.stencil.model;

/**
 * Where something came from: a file, a 1-based line and a 1-based column.
 *
 * @param file the path as the user named it
 * @param line 1-based line number
 * @param column 1-based column number
 */
public record SourceLocation(String file, int line, int column) {

    /** A location for things that exist in no source line, such as a whole file. */
    public static SourceLocation ofFile(String file) {
        return new SourceLocation(file, 1, 1);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
