package dev.stencil.engine;

import dev.stencil.diagram.SourceText;
import dev.stencil.model.Diagnostic;
import dev.stencil.model.SourceLocation;
import dev.stencil.plan.GenerationSource;
import dev.stencil.plan.Ownership;
import dev.stencil.render.FileSet;
import dev.stencil.render.GeneratedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the diagram lives in the generated project. A diagram from outside the project is copied,
 * with the files it includes, into {@value GenerationSource#DIAGRAM_FOLDER}; the copies are
 * generated files (refreshed from the original, refused when edited in the project). A diagram
 * already inside the project is its own source: it and its includes are the user's files, never
 * rewritten or deleted.
 */
final class ProjectDiagram {

    private final Path root;
    private final Path diagram;
    private final List<Path> includes;
    private final boolean inside;

    private ProjectDiagram(Path root, Path diagram, List<Path> includes) {
        this.root = root;
        this.diagram = diagram;
        this.includes = includes;
        this.inside = diagram.startsWith(root);
    }

    /**
     * @param outputDirectory the generated project's root
     * @param diagram the diagram generated from
     * @param includedFiles the files the diagram's {@code !include}s read
     */
    static ProjectDiagram of(Path outputDirectory, Path diagram, List<String> includedFiles) {
        return new ProjectDiagram(canonical(outputDirectory), canonical(diagram),
                includedFiles.stream().map(f -> canonical(Path.of(f))).toList());
    }

    /** The record of this generation's source for the project's POM. */
    GenerationSource source(boolean lenient, Optional<Path> templateDirectory) {
        String path = inside ? slashes(root.relativize(diagram))
                : GenerationSource.DIAGRAM_FOLDER + "/" + diagram.getFileName();
        return new GenerationSource(path, lenient, templateDirectory.map(this::named));
    }

    /** Includes that a copy of the diagram could not reach: outside the diagram's folder. */
    List<Diagnostic> warnings() {
        List<Diagnostic> warnings = new ArrayList<>();
        for (Path include : includes) {
            if (!inside && !include.startsWith(diagram.getParent())) {
                warnings.add(Diagnostic.warning("INCLUDE_NOT_COPIED", SourceLocation.ofFile(include.toString()),
                        "this included file is outside the diagram's folder, so the project's copy of the diagram"
                                + " (" + GenerationSource.DIAGRAM_FOLDER + ") cannot include it",
                        "move the included file into the diagram's folder or below it"));
            }
        }
        return warnings;
    }

    /** Adds the project's copy of the diagram and its includes, or keeps the originals that are already there. */
    void addTo(FileSet files, String diagramText) throws IOException {
        Ownership ownership = inside ? Ownership.USER : Ownership.GENERATED;
        files.add(new GeneratedFile(pathInProject(diagram), diagramText, ownership));
        for (Path include : includes) {
            if (inside ? include.startsWith(root) : include.startsWith(diagram.getParent())) {
                String text = SourceText.decode(include.toString(), Files.readAllBytes(include)).text();
                String path = pathInProject(include);
                if (files.file(path).isEmpty()) {
                    files.add(new GeneratedFile(path, text, ownership));
                }
            }
        }
    }

    /** The project's path of a file beside the diagram's copy, such as the sidecar's JSON Schema. */
    String besideDiagram(String fileName) {
        return pathInProject(diagram.resolveSibling(fileName));
    }

    private String pathInProject(Path file) {
        return inside ? slashes(root.relativize(file))
                : GenerationSource.DIAGRAM_FOLDER + "/" + slashes(diagram.getParent().relativize(file));
    }

    private String named(Path folder) {
        Path absolute = canonical(folder);
        return absolute.startsWith(root) ? slashes(root.relativize(absolute)) : absolute.toString();
    }

    private static String slashes(Path relative) {
        return relative.toString().replace('\\', '/');
    }

    /** The absolute, normalized path, with links resolved where the file exists. */
    private static Path canonical(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        try {
            return Files.exists(absolute) ? absolute.toRealPath() : absolute;
        } catch (IOException e) {
            return absolute;
        }
    }
}
