package dev.stencil.engine;

import dev.stencil.model.Diagnostic;
import java.util.List;

/** The diagram has errors; nothing was written. The message lists every diagnostic, printed. */
public final class DiagramException extends Exception {

    private final List<Diagnostic> diagnostics;

    public DiagramException(List<Diagnostic> diagnostics, String printed) {
        super(printed);
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
