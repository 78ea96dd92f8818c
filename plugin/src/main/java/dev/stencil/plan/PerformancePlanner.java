package dev.stencil.plan;

import dev.stencil.plan.view.FunctionView;
import dev.stencil.plan.view.PerformanceView;
import dev.stencil.plan.view.PerformanceView.FigureRow;
import dev.stencil.plan.view.PerformanceView.FunctionRow;
import java.util.List;

/**
 * Plans the README's "Performance" section. The start-up defaults are the construct kit's
 * ({@code infra.kit.Functions}: a test checks that the kit sets these); the figures are those
 * stencil-runtime's benchmark ({@code bench/function-start.sh}) measured for the clickstream
 * function, which writes to one OpenSearch domain, on its shaded jar as deployed. Update them with
 * the table in {@code runtime-lib/README.md}.
 */
final class PerformancePlanner {
    /** The kit's {@code JAVA_TOOL_OPTIONS} for every function. */
    static final String JAVA_TOOL_OPTIONS = "-XX:+TieredCompilation -XX:TieredStopAtLevel=1";
    /** The kit's memory size for every function, in MB. */
    static final int MEMORY_MB = 1024;

    private static final String MEASURED = "medians of 5 fresh JVMs per setting on JDK 25 (the functions'"
            + " Java), 2 x86 cores shared with other builds at load average 4.6-5.4, 2026-12-01; a SnapStart"
            + " restore cannot be run outside Lambda, so \"primed\" is the first batch after the hooks ran";
    private static final List<FigureRow> FIGURES = List.of(
            new FigureRow("Clients ready, from the handler's constructor (without SnapStart)", "625 ms", "738 ms"),
            new FigureRow("Priming before the snapshot (at publish, not on the invocation path)", "1,421 ms", "none"),
            new FigureRow("First batch of 100 records (CPU of the handler's thread)", "13.4 ms (3.9 ms)",
                    "697 ms (317 ms)"),
            new FigureRow("Tenth batch of 100 records", "5.8 ms (3.4 ms)", "19.6 ms (5.9 ms)"),
            new FigureRow("CPU time per 1,000 records, steady state, all threads", "41 ms", "68 ms"),
            new FigureRow("Live heap after the batches / peak resident memory", "8 MB / 315 MB", "7 MB / 273 MB"));
    private static final String COST = "$0.0033 per million events at 1024 MB in batches of 100: 8 ms billed per"
            + " invocation ($0.0013) plus $0.20 per million requests ($0.0020), at Lambda's x86 price of"
            + " $0.0000166667 per GB-second (us-east-1, as used on 2026-12-01; arm64, which the kit deploys, is"
            + " $0.0000133334); time spent waiting on OpenSearch is billed on top: $0.0017 per million events"
            + " for each 10 ms an invocation waits";

    private PerformancePlanner() {
    }

    /** The section for these functions; {@code null} when there are none. */
    static PerformanceView view(List<FunctionView> functions) {
        if (functions.isEmpty()) {
            return null;
        }
        List<FunctionRow> rows = functions.stream().map(PerformancePlanner::row).toList();
        return new PerformanceView(JAVA_TOOL_OPTIONS, MEMORY_MB + " MB", MEASURED, rows, FIGURES, COST);
    }

    private static FunctionRow row(FunctionView f) {
        String targets = f.sinks().stream().map(s -> "`" + s.target() + "`").reduce((a, b) -> a + ", " + b)
                .orElse("none");
        String figures = f.tableTargets() == 0 && f.searchTargets() == 1
                ? "as measured (one OpenSearch target)"
                : "measured for one OpenSearch target; its own targets were not measured";
        return new FunctionRow("`" + f.alias() + "`", "`" + f.handlerType() + "`", targets, figures);
    }
}
