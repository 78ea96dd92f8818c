package dev.stencil.bench;

import dev.stencil.SyntheticDiagrams;
import dev.stencil.engine.DiagramException;
import dev.stencil.engine.GenerateRequest;
import dev.stencil.engine.Stencil;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Prints how long the engine takes to generate a project: the clickstream sample in a fresh JVM
 * (first call) and warm, then synthetic diagrams of growing size; then reading and validating
 * alone, for diagrams of 1,000 to 20,000 lines. Each run writes into a new
 * temporary folder, so every figure includes reading, planning, rendering and writing every file.
 * Run with {@code bench/generate.sh}; the figures are medians of the given number of runs;
 * {@code --once} as third argument stops after the first call.
 */
public final class GenerationBenchmark {

    private GenerationBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path sample = Path.of(args.length > 0 ? args[0] : "samples/clickstream.puml");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Path work = Files.createTempDirectory("stencil-bench");
        try {
            System.out.printf("clickstream, first call in this JVM: %8.1f ms%n", once(sample, work));
            if (args.length > 2 && args[2].equals("--once")) {
                return;
            }
            for (int i = 0; i < runs; i++) {
                once(sample, work);
            }
            System.out.printf("clickstream, warm (median of %d):     %8.1f ms%n", runs, median(sample, work, runs));
            // 75 nodes is the largest synthetic diagram whose one stack fits 500 resources.
            for (int size : new int[] {10, 40, 75}) {
                Path diagram = work.resolve("synthetic-" + size + ".puml");
                Files.writeString(diagram, SyntheticDiagrams.of(size));
                once(diagram, work);
                int n = Math.max(5, runs / 3);
                double ms = median(diagram, work, n);
                System.out.printf("synthetic %4d components (median of %d): %8.1f ms, %6.3f ms/component%n",
                        size, n, ms, ms / size);
            }
            for (int lines : new int[] {1_000, 5_000, 10_000, 20_000}) {
                String text = SyntheticDiagrams.of(lines / 11 * 5);
                int actual = (int) text.lines().count();
                analyze(text);
                double[] times = new double[10];
                for (int i = 0; i < times.length; i++) {
                    long start = System.nanoTime();
                    analyze(text);
                    times[i] = (System.nanoTime() - start) / 1e6;
                }
                Arrays.sort(times);
                System.out.printf("read and validate %6d lines (median of 10): %8.1f ms, %6.2f us/line%n",
                        actual, times[5], times[5] * 1000 / actual);
            }
        } finally {
            delete(work);
        }
    }

    /** Reads, resolves and validates; a diagram too big for one stack is refused after the whole validation. */
    private static void analyze(String text) throws Exception {
        try {
            new Stencil().analyze("synthetic.puml", text, false);
        } catch (DiagramException tooBigForOneStack) {
            // measured all the same: every rule ran
        }
    }

    private static double median(Path diagram, Path work, int runs) throws Exception {
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            times[i] = once(diagram, work);
        }
        Arrays.sort(times);
        return times[runs / 2];
    }

    private static double once(Path diagram, Path work) throws Exception {
        Path out = Files.createTempDirectory(work, "out");
        long start = System.nanoTime();
        new Stencil().generate(GenerateRequest.of(diagram, out));
        double ms = (System.nanoTime() - start) / 1e6;
        delete(out);
        return ms;
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
