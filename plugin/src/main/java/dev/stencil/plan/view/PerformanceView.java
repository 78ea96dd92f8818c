package dev.stencil.plan.view;

import dev.stencil.plan.view.ReadmeView.Row;
import java.util.List;

/**
 * Feeds the "Performance" section of the generated project's README: the start-up defaults of its functions
 * and the figures stencil-runtime's benchmark measured for a function of this kind.
 *
 * @param javaToolOptions the kit's {@code JAVA_TOOL_OPTIONS}
 * @param memory          the kit's memory size, such as {@code 1024 MB}
 * @param measured        how and when the figures were measured (load, JDK, runs)
 * @param functions       one row per function: id, targets, what its figures are
 * @param figures         one row per figure: what, with the kit's defaults, without them
 * @param cost            the cost per million events, with the price and its date
 */
public record PerformanceView(
        String javaToolOptions,
        String memory,
        String measured,
        List<Row> functions,
        List<Row> figures,
        String cost) {}
