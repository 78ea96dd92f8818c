package dev.stencil.engine;

import dev.stencil.diagram.Diagram;
import dev.stencil.model.Architecture;
import dev.stencil.model.Diagnostic;
import java.util.List;
import java.util.Map;

/**
 * A diagram that passed validation.
 *
 * @param syntax the diagram as written
 * @param architecture the model it describes
 * @param warnings the diagnostics that did not stop it
 * @param includedFiles the files its {@code !include}s read, its sidecar and the schemas the sidecar names
 * @param schemas the Avro text of each schema the sidecar declares, by name
 */
public record Analysis(Diagram syntax, Architecture architecture, List<Diagnostic> warnings,
        List<String> includedFiles, Map<String, String> schemas) {

    public Analysis {
        warnings = List.copyOf(warnings);
        includedFiles = List.copyOf(includedFiles);
        schemas = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(schemas));
    }
}
