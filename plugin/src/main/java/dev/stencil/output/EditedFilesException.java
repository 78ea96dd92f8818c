package dev.stencil.output;

import java.util.List;

/** Generated files were changed by hand; writing would lose those edits, so nothing was written. */
public final class EditedFilesException extends Exception {

    private final List<String> paths;

    public EditedFilesException(List<String> paths) {
        this(paths, "");
    }

    /**
     * @param paths the edited files
     * @param explanation what regenerating them would do, printed after the list; may be empty
     */
    public EditedFilesException(List<String> paths, String explanation) {
        super(paths.size() + " generated file(s) were edited by hand: " + String.join(", ", paths)
                + (explanation.isEmpty() ? "" : "\n" + explanation));
        this.paths = List.copyOf(paths);
    }

    public List<String> paths() {
        return paths;
    }
}
