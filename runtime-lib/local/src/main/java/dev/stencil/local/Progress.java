package dev.stencil.local;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.LongSupplier;

/**
 * Benchmark mode: samples every second how many events every stage has consumed, prints a line
 * every five seconds, and measures the sustained rate end to end: the rate of the slowest stage
 * between the moments it had consumed 10% and 90% of the events (ramp-up and drain left out).
 */
final class Progress implements AutoCloseable {

    private final List<Stage> stages;
    private final LongSupplier put;
    private final LongSupplier total;
    private final List<long[]> samples = new ArrayList<>();
    private final Thread thread;
    private volatile boolean stopped;

    Progress(List<Stage> stages, LongSupplier put, LongSupplier total) {
        this.stages = List.copyOf(stages);
        this.put = put;
        this.total = total;
        this.thread = new Thread(this::sample, "progress");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void sample() {
        long start = System.nanoTime();
        for (int second = 1; !stopped; second++) {
            long slowest = stages.stream().mapToLong(Stage::consumed).min().orElse(0);
            synchronized (samples) {
                samples.add(new long[] {System.nanoTime(), slowest});
            }
            if (second % 5 == 0) {
                StringBuilder line = new StringBuilder(String.format("[%4ds] put %,d", (System.nanoTime() - start)
                        / 1_000_000_000L, put.getAsLong()));
                stages.forEach(s -> line.append(String.format(" | %s %,d", s.name(), s.consumed())));
                System.out.println(line);
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /**
     * The sustained rate, once the run is over.
     *
     * @return events per second, or none if the run was too short to measure one
     */
    OptionalDouble sustainedRate() {
        long events = total.getAsLong();
        long[] from = null;
        long[] to = null;
        synchronized (samples) {
            for (long[] sample : samples) {
                if (from == null && sample[1] >= events / 10) {
                    from = sample;
                }
                if (to == null && sample[1] >= events * 9 / 10) {
                    to = sample;
                }
            }
        }
        if (from == null || to == null || to[0] == from[0]) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((to[1] - from[1]) * 1e9 / (to[0] - from[0]));
    }

    @Override
    public void close() throws InterruptedException {
        stopped = true;
        thread.interrupt();
        thread.join();
    }
}
