package dev.stencil.local;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A fault a local run injects on purpose ({@code -Dlocal.faults=poison}, or {@code all}), to show
 * that the generated system keeps every guarantee when it happens.
 */
public enum Fault {

    /**
     * Records that are not events, put between the events at known positions of every produced
     * stream: one that is not JSON, one without its required {@code timestamp}, one whose
     * {@code timestamp} is not a number. Each must reach every function's on-failure destination
     * exactly once, every Flink job must skip it, and the archive must keep it as it came.
     */
    POISON,

    /**
     * Every function's handler dies once in the middle of a batch, after half of the stream's events:
     * it has written the first half of the batch through its sinks, and the mapping retries the
     * whole batch, as Lambda retries an invocation whose process was lost. The sinks must not count
     * the first half twice.
     */
    CRASH;

    /** Faults the local run does not inject yet, named so that asking for one says so instead of ignoring it. */
    public static final List<String> NOT_BUILT = List.of("search-outage", "table-outage", "job-restart", "throttle");

    /** The name on the command line, such as {@code poison}. */
    public String option() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Reads {@code local.faults}: a comma-separated list of fault names, {@code all} for every fault
     * the local run injects, empty for none.
     *
     * @param value the property's value
     * @return the faults
     * @throws IllegalArgumentException naming a fault that does not exist or is not built yet
     */
    public static Set<Fault> parse(String value) {
        Set<Fault> faults = EnumSet.noneOf(Fault.class);
        for (String name : value.split(",")) {
            String option = name.strip().toLowerCase(Locale.ROOT);
            if (option.isEmpty()) {
                continue;
            }
            if (option.equals("all")) {
                faults.addAll(EnumSet.allOf(Fault.class));
                continue;
            }
            Fault fault = Arrays.stream(values()).filter(f -> f.option().equals(option)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("local.faults: " + (NOT_BUILT.contains(option)
                            ? "`" + option + "` is not built yet"
                            : "no fault `" + option + "`") + "; the local run injects: " + String.join(", ",
                            Arrays.stream(values()).map(Fault::option).toList()) + " (or all)"));
            faults.add(fault);
        }
        return faults;
    }
}
