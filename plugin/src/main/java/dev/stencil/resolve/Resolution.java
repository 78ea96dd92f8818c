package dev.stencil.resolve;

import dev.stencil.model.Architecture;
import dev.stencil.model.Diagnostic;
import java.util.List;

/**
 * The architecture a diagram describes, as far as it could be resolved, and the problems found.
 *
 * @param architecture components and connections that resolved
 * @param diagnostics every problem met, in source order
 */
public record Resolution(Architecture architecture, List<Diagnostic> diagnostics) {

    public Resolution {
        diagnostics = List.copyOf(diagnostics);
    }
}
