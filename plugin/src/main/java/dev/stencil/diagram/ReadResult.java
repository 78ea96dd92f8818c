package dev.stencil.diagram;

import dev.stencil.model.Diagnostic;
import java.util.List;

/**
 * What reading a diagram file produced: the diagrams it holds and the problems met on the way.
 *
 * @param diagrams every {@code @startuml} block, in file order
 * @param diagnostics syntax problems, all of them
 */
public record ReadResult(List<Diagram> diagrams, List<Diagnostic> diagnostics) {

    public ReadResult {
        diagrams = List.copyOf(diagrams);
        diagnostics = List.copyOf(diagnostics);
    }
}
