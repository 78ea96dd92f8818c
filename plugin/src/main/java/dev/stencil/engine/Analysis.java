package dev.stencil.engine;

import dev.stencil.model.Architecture;
import dev.stencil.model.Diagnostic;
import java.util.List;

/**
 * A diagram that passed validation.
 *
 * @param architecture the model it describes
 * @param warnings the diagnostics that did not stop it
 */
public record Analysis(Architecture architecture, List<Diagnostic> warnings) {

    public Analysis {
        warnings = List.copyOf(warnings);
    }
}
