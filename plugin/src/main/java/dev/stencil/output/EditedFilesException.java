package dev.stencil.output;

import java.util.List;

/** Generated files were changed by hand; writing would lose those edits, so nothing was written. */
public final class EditedFilesException extends Exception {

    private final List<String> paths;

    public EditedFilesException(List<String> paths) {
        super(paths.size() + " generated file(s) were edited by hand: " + String.join(", ", paths));
        this.paths = List.copyOf(paths);
    }

    public List<String> paths() {
        return paths;
    }
}
