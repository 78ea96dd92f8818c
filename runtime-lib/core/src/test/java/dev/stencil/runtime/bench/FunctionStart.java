package dev.stencil.runtime.bench;

import com.amazonaws.services.lambda.runtime.events.KinesisEvent;
import dev.stencil.runtime.events.ClickEvent;
import dev.stencil.runtime.internal.Prebuilt;
import dev.stencil.runtime.kinesis.KinesisBatchHandler;
import dev.stencil.runtime.kinesis.KinesisEvents;
import dev.stencil.runtime.producer.ClickstreamGenerator;
import dev.stencil.runtime.snapstart.BulkStandIn;
import dev.stencil.runtime.snapstart.Priming;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A generated function's start in fresh JVMs, on its shaded jar as deployed (the benchmark's own classes in a
 * jar beside it, nothing else): the handler built by its no-argument constructor as Lambda builds it, from
 * environment variables as the stack sets them (OpenSearch at a loopback stand-in that accepts every bulk
 * request, SigV4 signing on as for an https domain, credentials in the environment as Lambda puts them). It
 * prints, per JVM setting (default JIT, or C1 through {@code JAVA_TOOL_OPTIONS} as the kit sets it) and with or
 * without priming (the {@link Priming} hooks run as SnapStart would: before the snapshot, then after the
 * restore), the medians of: the time until the clients are ready, the priming time, the first and the tenth
 * batch of 100 records, the CPU time per 1,000 records in steady state, the live heap and the peak resident
 * memory; then the cost per million events at a memory size from Lambda's per-GB-second price. Prints figures,
 * asserts nothing.
 */
final class FunctionStart {
    private static final int RECORDS = 100;
    private static final int BATCHES = 10;
    /** Batches after the tenth over which the steady-state CPU time is measured; {@code -Dfunction.steadyBatches}. */
    private static final int STEADY_BATCHES = Integer.getInteger("function.steadyBatches", 500);
    /** Distinct batches, the first ten timed, then all used in turn: few enough not to weigh on the heap. */
    private static final int DISTINCT_BATCHES = 20;
    /** Lambda x86 price, us-east-1, first tier, as published on the AWS Lambda pricing page (see runtime README). */
    private static final double PRICE_PER_GB_SECOND = 0.0000166667;
    private static final double PRICE_PER_REQUEST = 0.20 / 1_000_000;
    /** Lambda allocates CPU in proportion to memory: one full vCPU at 1,769 MB. */
    private static final double MB_PER_VCPU = 1769;

    private FunctionStart() {
    }

    /** In the child JVM: builds the handler, optionally primes it, runs the batches and prints the figures. */
    static void child(String handlerClass, boolean prime) throws Exception {
        long start = System.nanoTime();
        KinesisBatchHandler<?> handler = (KinesisBatchHandler<?>) Class.forName(handlerClass)
                .getConstructor().newInstance();
        Prebuilt.awaitAll();
        long ready = System.nanoTime();
        long cpuAtReady = cpuNanos();
        if (prime) {
            for (Priming priming : Priming.registered()) {
                priming.beforeCheckpoint(null);
                priming.afterRestore(null);
            }
        }
        long primed = System.nanoTime();
        List<KinesisEvent> batches = batches(DISTINCT_BATCHES);
        double[] first = new double[2];
        double[] tenth = new double[2];
        for (int i = 0; i < BATCHES; i++) {
            long before = System.nanoTime();
            long cpuBefore = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            int failures = handler.handleRequest(batches.get(i), null).getBatchItemFailures().size();
            double[] ms = {(System.nanoTime() - before) / 1e6,
                (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuBefore) / 1e6};
            if (failures > 0) {
                throw new IllegalStateException("batch " + i + " had failed records: the stand-in must accept all");
            }
            first = i == 0 ? ms : first;
            tenth = ms;
        }
        long cpuBefore = cpuNanos();
        long handlerCpuBefore = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long wallBefore = System.nanoTime();
        for (int i = 0; i < STEADY_BATCHES; i++) {
            handler.handleRequest(batches.get(i % DISTINCT_BATCHES), null);
        }
        double thousands = STEADY_BATCHES * RECORDS / 1000.0;
        double cpuPer1000 = (cpuNanos() - cpuBefore) / 1e6 / thousands;
        double handlerCpuPer1000 = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime()
                - handlerCpuBefore) / 1e6 / thousands;
        double wallPerBatch = (System.nanoTime() - wallBefore) / 1e6 / STEADY_BATCHES;
        System.gc();
        double liveHeap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0;
        System.out.printf("ready_ms=%.1f init_cpu_ms=%.1f prime_ms=%.1f first_ms=%.2f first_cpu_ms=%.2f tenth_ms=%.2f "
                        + "tenth_cpu_ms=%.2f cpu_per_1000_ms=%.2f handler_thread_cpu_per_1000_ms=%.2f "
                        + "wall_per_batch_ms=%.2f live_heap_mb=%.1f peak_rss_mb=%.1f%n",
                (ready - start) / 1e6, cpuAtReady / 1e6, (primed - ready) / 1e6, first[0], first[1], tenth[0],
                tenth[1], cpuPer1000,
                handlerCpuPer1000, wallPerBatch, liveHeap, peakRssMb());
    }

    /** Batches of clicks as producers write them, none of them a priming event; built before any is timed. */
    private static List<KinesisEvent> batches(int count) {
        ClickstreamGenerator generator = new ClickstreamGenerator(7, 10_000, 0.1, System.currentTimeMillis());
        List<KinesisEvent> batches = new ArrayList<>(count);
        long sequence = 49_600_000_000_000_000L;
        for (int b = 0; b < count; b++) {
            List<KinesisEvent.KinesisEventRecord> records = new ArrayList<>(RECORDS);
            for (int r = 0; r < RECORDS; r++) {
                ClickEvent e = generator.next();
                records.add(KinesisEvents.record("arn:aws:kinesis:eu-west-1:000000000000:stream/clicks",
                        "shardId-00000000000" + (r % 4), String.valueOf(sequence++), e.sessionId(),
                        new Date(e.timestamp()), json(e)));
            }
            batches.add(KinesisEvents.of(records));
        }
        return batches;
    }

    /** The click as the producer's Jackson writer puts it (written by hand: no JSON library loaded early). */
    private static byte[] json(ClickEvent e) {
        return ("{\"eventId\":\"" + e.eventId() + "\",\"userId\":" + (e.userId() == null ? "null"
                : "\"" + e.userId() + "\"") + ",\"sessionId\":\"" + e.sessionId() + "\",\"page\":\"" + e.page()
                + "\",\"referrer\":\"" + e.referrer() + "\",\"ip\":\"" + e.ip() + "\",\"userAgent\":\""
                + e.userAgent() + "\",\"timestamp\":" + e.timestamp() + "}").getBytes(StandardCharsets.UTF_8);
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** VmHWM: the most resident memory the process has had, what Lambda reports as "Max Memory Used". */
    private static double peakRssMb() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        return -1;
    }

    /**
     * In the parent: {@code runs} fresh JVMs per setting, interleaved, then medians and the cost.
     * System properties: {@code function.env} ({@code NAME=VALUE,...}, {@code {standIn}} replaced by the
     * stand-in's URL: the variables the stack sets), {@code function.memoryMb} (the kit default),
     * {@code function.javaHome} (the JDK the function runs on; default this one).
     */
    static void spawn(int runs, Path functionsJar, String handlerClass) throws Exception {
        Path dir = Files.createTempDirectory("function-start");
        String classpath = HandlerInitTime.ownJar(dir) + File.pathSeparator + functionsJar.toAbsolutePath();
        int memoryMb = Integer.getInteger("function.memoryMb", 1024);
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("default JIT", "");
        settings.put("C1 (kit default)", "-XX:+TieredCompilation -XX:TieredStopAtLevel=1");
        Map<String, Map<String, List<Double>>> figures = new LinkedHashMap<>();
        System.out.printf("function %s on %s (%d KB), Java in %s, %d fresh JVMs per setting; load average before:"
                        + " %s%n", handlerClass, functionsJar.getFileName(), Files.size(functionsJar) / 1024,
                System.getProperty("function.javaHome", System.getProperty("java.home")), runs, loadAverage());
        try (BulkStandIn standIn = new BulkStandIn()) {
            for (int run = 0; run < runs; run++) {
                for (Map.Entry<String, String> setting : settings.entrySet()) {
                    for (boolean prime : new boolean[] {false, true}) {
                        String name = setting.getKey() + (prime ? ", primed" : ", not primed");
                        String out = runChild(classpath, handlerClass, prime, setting.getValue(), standIn);
                        collect(figures.computeIfAbsent(name, k -> new LinkedHashMap<>()), out);
                    }
                }
            }
        }
        System.out.printf("load average after: %s%n", loadAverage());
        System.out.println("| setting | clients ready | init CPU | priming | first batch (its CPU) | tenth batch "
                + "(its CPU) | CPU per 1,000 records (handler thread) | steady batch | live heap | peak RSS |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        figures.forEach((name, f) -> System.out.printf("| %s | %.0f ms | %.0f ms | %.0f ms | %.1f ms (%.1f ms) "
                        + "| %.1f ms (%.1f ms) | %.1f ms (%.1f ms) | %.1f ms | %.0f MB | %.0f MB |%n", name,
                median(f, "ready_ms"), median(f, "init_cpu_ms"), median(f, "prime_ms"), median(f, "first_ms"),
                median(f, "first_cpu_ms"), median(f, "tenth_ms"), median(f, "tenth_cpu_ms"),
                median(f, "cpu_per_1000_ms"), median(f, "handler_thread_cpu_per_1000_ms"),
                median(f, "wall_per_batch_ms"), median(f, "live_heap_mb"), median(f, "peak_rss_mb")));
        cost(median(figures.get("C1 (kit default), primed"), "cpu_per_1000_ms"), memoryMb);
    }

    /**
     * Cost per million events in batches of 100: each invocation billed for its CPU time stretched by the CPU
     * share of the memory size (single-threaded work), rounded up to the millisecond, plus the request price.
     * Waiting on OpenSearch is not included (the stand-in answers at once); what it adds is printed per 10 ms.
     */
    private static void cost(double cpuPer1000Ms, int memoryMb) {
        double share = Math.min(1, memoryMb / MB_PER_VCPU);
        int invocations = 1_000_000 / RECORDS;
        double billedMs = Math.ceil(cpuPer1000Ms * RECORDS / 1000 / share);
        double compute = invocations * billedMs / 1000 * memoryMb / 1024.0 * PRICE_PER_GB_SECOND;
        double requests = invocations * PRICE_PER_REQUEST;
        System.out.printf("cost per 1M events at %d MB (%.2f vCPU), batches of %d: %.1f CPU-ms per 1,000 records"
                        + " -> %.0f ms billed per invocation x %d invocations = $%.5f compute + $%.5f requests"
                        + " = $%.5f (x86 $%.10f per GB-second, $0.20 per 1M requests)%n", memoryMb, share, RECORDS,
                cpuPer1000Ms, billedMs, invocations, compute, requests, compute + requests, PRICE_PER_GB_SECOND);
        System.out.printf("each 10 ms an invocation waits on OpenSearch adds $%.5f per 1M events at %d MB%n",
                invocations * 0.010 * memoryMb / 1024.0 * PRICE_PER_GB_SECOND, memoryMb);
    }

    private static String runChild(String classpath, String handlerClass, boolean prime, String javaToolOptions,
                                   BulkStandIn standIn) throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("function.javaHome",
                        System.getProperty("java.home")), "bin", "java").toString(),
                "-Dfunction.steadyBatches=" + STEADY_BATCHES, "-cp", classpath, HandlerInitTime.class.getName(), "--function-child", handlerClass,
                Boolean.toString(prime));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("AWS_") || name.equals("JAVA_TOOL_OPTIONS"));
        for (String pair : System.getProperty("function.env", "").split(",")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                env.put(pair.substring(0, equals), pair.substring(equals + 1)
                        .replace("{standIn}", standIn.uri().toString()));
            }
        }
        env.put("OPENSEARCH_SIGNING", "sigv4");
        env.put("AWS_REGION", "eu-west-1");
        env.put("AWS_ACCESS_KEY_ID", "AKIDBENCHMARK");
        env.put("AWS_SECRET_ACCESS_KEY", "benchmark-secret");
        env.put("AWS_SESSION_TOKEN", "benchmark-session");
        if (!javaToolOptions.isEmpty()) {
            env.put("JAVA_TOOL_OPTIONS", javaToolOptions);
        }
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (p.waitFor() != 0 || !out.contains("ready_ms=")) {
            throw new IllegalStateException("the function's JVM failed:\n" + out);
        }
        return out;
    }

    private static void collect(Map<String, List<Double>> figures, String out) {
        for (String field : out.split("\\s+")) {
            int equals = field.indexOf('=');
            if (equals > 0 && field.substring(0, equals).matches("[a-z0-9_]+_(ms|mb)")) {
                figures.computeIfAbsent(field.substring(0, equals), k -> new ArrayList<>())
                        .add(Double.parseDouble(field.substring(equals + 1)));
            }
        }
    }

    private static double median(Map<String, List<Double>> figures, String name) {
        List<Double> values = new ArrayList<>(figures.get(name));
        Collections.sort(values);
        return values.get(values.size() / 2);
    }

    private static String loadAverage() throws Exception {
        return Files.readString(Path.of("/proc/loadavg")).trim();
    }
}
