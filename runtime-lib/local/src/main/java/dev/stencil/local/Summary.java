package dev.stencil.local;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/** Prints what a local run counted and whether it reconciles. */
final class Summary {

    /** The checks that count what landed in a sink, where a count too low is lost and too high duplicated. */
    private static final Set<String> LANDED = Set.of("documents", "aggregates", "messages", "archived");

    private Summary() {
    }

    static boolean print(String project, Map<String, Long> eventsIn, List<Map.Entry<String, String>> notRun,
                         List<Check> checks, long putNanos, long elapsedNanos, Optional<OptionalDouble> sustained,
                         List<String> faults) {
        long events = eventsIn.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder out = new StringBuilder("\n== Local run of " + project + " ==\n");
        eventsIn.forEach((stream, count) -> out.append(line("events in", stream, "", count, "")));
        notRun.forEach(n -> out.append(String.format("%-12s %-29s %s%n", "not run", n.getKey(), n.getValue())));
        faults.forEach(f -> out.append(String.format("%-12s %s%n", "faults", f)));
        boolean reconciled = true;
        long lost = 0;
        long duplicated = 0;
        for (Check check : checks) {
            Check.Measure measure = check.actual().get();
            long expected = check.expected().getAsLong();
            boolean ok = measure.count() == expected;
            reconciled &= ok;
            if (LANDED.contains(check.what())) {
                lost += Math.max(0, expected - measure.count());
                duplicated += Math.max(0, measure.count() - expected);
            }
            out.append(line(check.what(), check.where(), measure.detail(), measure.count(),
                    ok ? "ok" : String.format("MISMATCH: expected %,d", expected)));
        }
        if (!faults.isEmpty()) {
            out.append(String.format("%-12s lost %,d, duplicated %,d (documents, aggregates, messages by id and"
                    + " archived records, over the whole run with every fault above)%n", "under faults", lost, duplicated));
        }
        double seconds = elapsedNanos / 1e9;
        out.append(String.format("%-12s %,d events put in %.1f s; all accounted for after %.1f s: %,.0f events/s"
                + " end to end%n", "rate", events, putNanos / 1e9, seconds, events / seconds));
        sustained.ifPresent(rate -> out.append(rate.isPresent()
                ? String.format("%-12s %,.0f events/s sustained (slowest stage, 10%% to 90%% of the events)%n",
                        "benchmark", rate.getAsDouble())
                : String.format("%-12s the run was too short to measure a sustained rate; run more events"
                        + " (-Dlocal.events=100000)%n", "benchmark")));
        out.append(String.format("%-12s %s%n", "memory", Memory.peak()));
        out.append(reconciled ? "RECONCILED: every count matches\n" : "NOT RECONCILED\n");
        System.out.print(out);
        return reconciled;
    }

    private static String line(String what, String where, String detail, long count, String verdict) {
        return String.format("%-12s %-20s %,10d  %-30s %s%n", what, where, count, detail, verdict);
    }
}
