package dev.stencil.declare;

import dev.stencil.model.Declarations;
import dev.stencil.model.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A diagram's sidecar, read and checked.
 *
 * @param declarations what it declares; {@link Declarations#NONE} when the diagram has no sidecar
 * @param diagnostics every problem found, errors and warnings, each located in the sidecar or a schema
 * @param files the files read: the sidecar and the schema files it names, for the project's copy
 * @param schemas each schema's Avro text, by name, as read
 */
public record Sidecar(Declarations declarations, List<Diagnostic> diagnostics, List<Path> files,
        Map<String, String> schemas) {

    public static final Sidecar NONE = new Sidecar(Declarations.NONE, List.of(), List.of(), Map.of());

    public Sidecar {
        diagnostics = List.copyOf(diagnostics);
        files = List.copyOf(files);
        schemas = Map.copyOf(schemas);
    }
}
