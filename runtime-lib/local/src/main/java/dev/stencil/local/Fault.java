package dev.stencil.local;

import java.util.Arrays;
import java.util.EnumSet;
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
    CRASH,

    /**
     * The local OpenSearch server is stopped when 30% of the first stream's events are in, stays
     * down for a few seconds and is started again on the same data. Functions that index must ride
     * it out on their sink's backoff and the mapping's retries and bisection: nothing may reach an
     * on-failure destination because of it, and every document must land once.
     */
    SEARCH_OUTAGE,

    /**
     * Sink calls fail with the services' own throttling errors (DynamoDB's
     * {@code ProvisionedThroughputExceededException}, OpenSearch's HTTP 429) for a few seconds from
     * 50% of the first stream's events: every other call to DynamoDB and OpenSearch, from
     * functions and Flink jobs alike, is refused, and their retries must absorb it.
     */
    THROTTLE,

    /**
     * The local DynamoDB server is stopped when 70% of the first stream's events are in, stays
     * down for a few seconds and is started again with its tables: the functions' and the Flink
     * jobs' writes must all land, once.
     */
    TABLE_OUTAGE,

    /**
     * Every Flink job takes a checkpoint when 60% of the first stream's events are in, reads on
     * past it for a few seconds, is cancelled and is started again from that checkpoint: it reads
     * again what it had read past it and its windows fire again, and the tables must still hold
     * each window's count once.
     */
    JOB_RESTART;

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
     * @throws IllegalArgumentException naming a fault that does not exist
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
                    .orElseThrow(() -> new IllegalArgumentException("local.faults: no fault `" + option
                            + "`; the local run injects: " + String.join(", ",
                            Arrays.stream(values()).map(Fault::option).toList()) + " (or all)"));
            faults.add(fault);
        }
        return faults;
    }
}
