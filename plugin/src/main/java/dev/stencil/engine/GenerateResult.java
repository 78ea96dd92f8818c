package dev.stencil.engine;

import dev.stencil.output.WriteReport;

/**
 * What a successful generation did.
 *
 * @param warnings diagnostics that did not stop generation, printed; empty when there were none
 * @param report every file change, made or (in a dry run) planned
 */
public record GenerateResult(String warnings, WriteReport report) {}
