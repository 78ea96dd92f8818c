package dev.stencil.runtime.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The variants of {@link PipelineBenchmark} measured in records per second of this thread's CPU time
 * (so per core, and not skewed when other processes take the CPU away), rounds interleaved so that all
 * variants see the same conditions. Prints the median of each and the ratios.
 */
public final class PipelineCpuTime {
    private PipelineCpuTime() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        PipelineBenchmark bench = new PipelineBenchmark();
        bench.setUp();
        List<String> names = List.of("runtime", "naive", "rawJacksonScan", "runtimeEscaped", "runtimeNested",
                "runtimeJacksonFallback");
        List<Callable<Object>> variants = List.of(bench::runtime, bench::naive, bench::rawJacksonScan,
                bench::runtimeEscaped, bench::runtimeNested, bench::runtimeJacksonFallback);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        List<List<Double>> rates = new ArrayList<>();
        names.forEach(n -> rates.add(new ArrayList<>()));
        for (int round = -rounds / 2; round < rounds; round++) {
            for (int v = 0; v < variants.size(); v++) {
                long start = cpu.getCurrentThreadCpuTime();
                variants.get(v).call();
                double seconds = (cpu.getCurrentThreadCpuTime() - start) / 1e9;
                if (round >= 0) {
                    rates.get(v).add(PipelineBenchmark.BATCH / seconds);
                }
            }
        }
        double[] medians = new double[names.size()];
        for (int v = 0; v < names.size(); v++) {
            List<Double> sorted = new ArrayList<>(rates.get(v));
            Collections.sort(sorted);
            medians[v] = sorted.get(sorted.size() / 2);
            System.out.printf("%-22s %,12.0f records per CPU-second (median of %d rounds of %,d records)%n",
                    names.get(v), medians[v], sorted.size(), PipelineBenchmark.BATCH);
        }
        System.out.printf("runtime / naive = %.2f; runtime / raw Jackson scan = %.2f; escaped / naive = %.2f; "
                + "nested / naive = %.2f; Jackson fallback / naive = %.2f%n", medians[0] / medians[1],
                medians[0] / medians[2], medians[3] / medians[1], medians[4] / medians[1], medians[5] / medians[1]);
    }
}
