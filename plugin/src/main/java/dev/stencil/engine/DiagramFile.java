package dev.stencil.engine;

import dev.stencil.diagram.SourceText;
import dev.stencil.model.Diagnostic;
import dev.stencil.naming.Naming;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A diagram file read from disk: its path as diagnostics name it and its text, decoded strictly as
 * UTF-8 (a byte-order mark is dropped).
 *
 * @param path the file
 * @param text its text
 */
record DiagramFile(Path path, String text) {

    /** Reads the file; bytes that are not UTF-8 are a located diagnostic, not an exception. */
    static DiagramFile read(Path path) throws IOException, DiagramException {
        String name = path.toString();
        SourceText source = SourceText.decode(name, Files.readAllBytes(path));
        if (source.problem().isPresent()) {
            List<Diagnostic> problem = List.of(source.problem().get());
            throw new DiagramException(problem, new DiagnosticPrinter(name, source.text()).printAll(problem));
        }
        return new DiagramFile(path, source.text());
    }

    /** The path as diagnostics print it. */
    String name() {
        return path.toString();
    }

    /** The file name without its extension: the architecture's name when the diagram has none. */
    String baseName() {
        return Naming.diagramBaseName(path.getFileName().toString());
    }
}
