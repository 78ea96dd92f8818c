package dev.stencil.diagram;

import dev.stencil.model.Diagnostic;
import java.util.List;

/**
 * What reading a diagram file produced: the diagrams it holds and the problems met on the way.
 *
 * @param diagrams every {@code @startuml} block, in file order
 * @param diagnostics syntax problems, all of them
 * @param includedFiles the files its {@code !include}s read, as {@link Includes} named them, in first-read order
 */
public record ReadResult(List<Diagram> diagrams, List<Diagnostic> diagnostics, List<String> includedFiles) {

    public ReadResult {
        diagrams = List.copyOf(diagrams);
        diagnostics = List.copyOf(diagnostics);
        includedFiles = List.copyOf(includedFiles);
    }
}
