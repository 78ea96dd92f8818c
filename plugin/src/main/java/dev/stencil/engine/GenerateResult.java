package dev.stencil.engine;

import dev.stencil.model.Diagnostic;
import dev.stencil.output.WriteReport;
import java.util.List;

/**
 * What a successful generation did.
 *
 * @param warnings diagnostics that did not stop generation, printed
 * @param warningList the same, as data
 * @param report every file change, made or (in a dry run) planned
 */
public record GenerateResult(String warnings, List<Diagnostic> warningList, WriteReport report) {}
