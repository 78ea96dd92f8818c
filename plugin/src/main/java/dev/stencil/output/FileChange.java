package dev.stencil.output;

import java.util.List;

/**
 * What happens to one path.
 *
 * @param path relative to the project root
 * @param action what is done to it
 * @param diff for an update, the changed lines ({@code -} old, {@code +} new); otherwise empty
 */
public record FileChange(String path, Action action, List<String> diff) {

    public FileChange {
        diff = List.copyOf(diff);
    }

    /** A change that carries no diff. */
    public FileChange(String path, Action action) {
        this(path, action, List.of());
    }
}
