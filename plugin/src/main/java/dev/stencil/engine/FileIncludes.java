package dev.stencil.engine;

import dev.stencil.diagram.Includes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Included files from the file system, relative to the including file. */
final class FileIncludes implements Includes {

    @Override
    public Optional<Included> resolve(String includingFile, String target) {
        Path path = Path.of(includingFile).resolveSibling(target).normalize();
        try {
            return Optional.of(new Included(path.toString(), Files.readString(path, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
