package dev.stencil.engine;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Everything one generation needs, immutable; the Maven mojo builds it from its parameters.
 *
 * @param diagram the {@code .puml} file
 * @param outputDirectory the generated project's root; nothing is written outside it
 * @param groupId the generated project's Maven groupId
 * @param basePackage the generated Java package; derived from groupId and diagram name when empty
 * @param templateDirectory a folder of templates that replace shipped ones of the same name
 * @param force overwrite generated files that were edited by hand
 * @param dryRun decide and report every change, write nothing
 * @param lenient skip nodes of known but unsupported services with a warning
 */
public record GenerateRequest(
        Path diagram,
        Path outputDirectory,
        String groupId,
        Optional<String> basePackage,
        Optional<Path> templateDirectory,
        boolean force,
        boolean dryRun,
        boolean lenient) {

    /** A request with the defaults: groupId {@code com.example}, derived package, shipped templates. */
    public static GenerateRequest of(Path diagram, Path outputDirectory) {
        return new GenerateRequest(
                diagram, outputDirectory, "com.example", Optional.empty(), Optional.empty(), false, false, false);
    }
}
