package dev.stencil.engine;

import dev.stencil.reverse.Difference;

/**
 * What comparing a diagram with its generated project found.
 *
 * @param difference how the code differs from the diagram
 * @param diagramText the diagram text that agrees with the code
 * @param warnings the diagram's problems that did not stop the comparison, printed; empty when none
 */
public record ReverseResult(Difference difference, String diagramText, String warnings) {}
