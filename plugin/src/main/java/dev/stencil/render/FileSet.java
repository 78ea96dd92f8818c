package dev.stencil.render;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Every file of a generated project, in memory, in path order. Nothing is on disk yet. */
public final class FileSet {

    private final Map<String, GeneratedFile> files = new TreeMap<>();

    /** Adds a file; two files at one path are a bug in the plan. */
    public void add(GeneratedFile file) {
        if (files.putIfAbsent(file.path(), file) != null) {
            throw new IllegalStateException("two generated files at " + file.path());
        }
    }

    public Collection<GeneratedFile> files() {
        return Collections.unmodifiableCollection(files.values());
    }

    public Optional<GeneratedFile> file(String path) {
        return Optional.ofNullable(files.get(path));
    }

}
