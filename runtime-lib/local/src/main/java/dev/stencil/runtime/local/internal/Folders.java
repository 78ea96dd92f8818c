package dev.stencil.runtime.local.internal;

import dev.stencil.runtime.local.LocalServiceException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** What the local services do with their folders. */
public final class Folders {

    private Folders() {
    }

    /**
     * Removes a service's data folder.
     *
     * @param path the folder
     * @throws LocalServiceException if it cannot be removed
     */
    public static void remove(Path path) {
        try {
            deleteRecursively(path);
        } catch (IOException e) {
            throw new LocalServiceException("cannot remove " + path + ": " + e.getMessage(), e);
        }
    }

    /** Deletes a file or a folder with everything in it; nothing if it does not exist. */
    public static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
