package dev.stencil.plan.view;

import java.util.List;

/**
 * Feeds the "Performance" section of the generated project's README: the start-up defaults of its functions
 * and the figures stencil-runtime's benchmark measured for a function of this kind.
 *
 * @param javaToolOptions the kit's {@code JAVA_TOOL_OPTIONS}
 * @param memory          the kit's memory size, such as {@code 1024 MB}
 * @param measured        how and when the figures were measured (load, JDK, runs)
 * @param functions       one row per function
 * @param figures         one row per figure
 * @param cost            the cost per million events, with the price and its date
 */
public record PerformanceView(
        String javaToolOptions,
        String memory,
        String measured,
        List<FunctionRow> functions,
        List<FigureRow> figures,
        String cost) {

    /**
     * One function, escaped for Markdown.
     *
     * @param alias the function's alias, as code
     * @param handler its handler class, as code
     * @param targets what it writes to
     * @param figures whether the figures below are measured for a function like it
     */
    public record FunctionRow(String alias, String handler, String targets, String figures) {}

    /**
     * One measured figure.
     *
     * @param figure what was measured
     * @param kitDefaults with the kit's defaults: C1, primed
     * @param jvmDefaults with the JVM's default JIT, not primed
     */
    public record FigureRow(String figure, String kitDefaults, String jvmDefaults) {}
}
