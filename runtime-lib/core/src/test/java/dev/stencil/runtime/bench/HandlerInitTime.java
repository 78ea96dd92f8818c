package dev.stencil.runtime.bench;

import dev.stencil.runtime.config.Env;
import dev.stencil.runtime.enrich.GeoIpProvider;
import dev.stencil.runtime.enrich.ProfileLookup;
import dev.stencil.runtime.events.ClickEvent;
import dev.stencil.runtime.events.EnrichedClick;
import dev.stencil.runtime.internal.Prebuilt;
import dev.stencil.runtime.kinesis.JsonRecordDecoder;
import dev.stencil.runtime.kinesis.KinesisBatchHandler;
import dev.stencil.runtime.opensearch.IndexingProcessor;
import dev.stencil.runtime.wiring.FromEnv;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * Handler initialisation in a fresh JVM: builds a handler as the generated {@code FnHandler()} does (geo
 * table, cached DynamoDB profile lookup with its SDK client, OpenSearch sink, all from environment
 * variables) and prints the time taken, and the time until the clients it builds in the background are
 * ready (what a first batch would wait for). With {@code --runs N} it starts N fresh JVMs per JVM setting and
 * prints the medians. The children get only the runtime's jar and its runtime dependencies. With
 * {@code --function N <functions.jar> <handler class>} it measures a generated function instead, on its shaded jar
 * as deployed (see {@link FunctionStart}).
 */
public final class HandlerInitTime {
    /** System property: the OpenSearch endpoint; an https one makes the sink sign with SigV4, as in production. */
    private static final String ENDPOINT = "handler.endpoint";

    private HandlerInitTime() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 4 && args[0].equals("--runs")) {
            spawn(Integer.parseInt(args[1]), Path.of(args[2]), Path.of(args[3]));
            return;
        }
        if (args.length == 4 && args[0].equals("--function")) {
            FunctionStart.spawn(Integer.parseInt(args[1]), Path.of(args[2]), args[3]);
            return;
        }
        if (args.length == 3 && args[0].equals("--function-child")) {
            FunctionStart.child(args[1], Boolean.parseBoolean(args[2]));
            return;
        }
        long start = System.nanoTime();
        Env env = Env.of(Map.of("OPENSEARCH_ENDPOINT", System.getProperty(ENDPOINT, "http://127.0.0.1:9"),
                "OPENSEARCH_INDEX", "clicks", "PROFILE_TABLE_NAME", "profiles", "AWS_REGION", "eu-west-1"));
        GeoIpProvider geo = FromEnv.geoIp(env);
        ProfileLookup profiles = FromEnv.profileLookup(env);
        KinesisBatchHandler<ClickEvent> handler = new KinesisBatchHandler<>(JsonRecordDecoder.of(ClickEvent.class),
                IndexingProcessor.create(e -> EnrichedClick.of(e, geo.locate(e.ip()).orElse(null),
                        profiles.find(e.userId()).orElse(null)), ClickEvent::eventId, FromEnv.openSearchSink(env))) {
        };
        long built = System.nanoTime();
        Prebuilt.awaitAll();
        long ready = System.nanoTime();
        System.out.printf("init_ms=%.1f ready_ms=%.1f since_jvm_start_ms=%d cpu_ms=%d handler=%s%n",
                (built - start) / 1e6, (ready - start) / 1e6,
                System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime(),
                ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime() / 1_000_000, handler.getClass().getSuperclass().getSimpleName());
    }

    /**
     * Runs fresh JVMs on jars only, as in a function's jar (this class in a jar of its own, the runtime's jar,
     * its runtime dependencies), not the test classpath: with default JIT settings; with
     * {@code -XX:TieredStopAtLevel=1} as AWS advises for Lambda cold starts (set through
     * {@code JAVA_TOOL_OPTIONS}); and with that and an application class-data sharing archive (which needs a
     * classpath of jars), written by one extra run first. Then, as in production, with an https endpoint and
     * SigV4 signing (no request is sent).
     */
    private static void spawn(int runs, Path runtimeClasspathFile, Path runtimeJar) throws Exception {
        Path target = runtimeJar.toAbsolutePath().getParent();
        Path ownJar = ownJar(target);
        String classpath = ownJar + File.pathSeparator + runtimeJar.toAbsolutePath() + File.pathSeparator
                + Files.readString(runtimeClasspathFile).trim();
        String archive = target.resolve("handler-init.jsa").toString();
        measure(runs, classpath, List.of());
        measure(runs, classpath, List.of("-XX:TieredStopAtLevel=1"));
        run(classpath, List.of("-XX:TieredStopAtLevel=1", "-XX:ArchiveClassesAtExit=" + archive));
        measure(runs, classpath, List.of("-XX:TieredStopAtLevel=1", "-XX:SharedArchiveFile=" + archive));
        String amazonOpenSearch = "-D" + ENDPOINT + "=https://search-clicks.eu-west-1.es.amazonaws.com";
        measure(runs, classpath, List.of(amazonOpenSearch));
        measure(runs, classpath, List.of(amazonOpenSearch, "-XX:TieredStopAtLevel=1"));
    }

    /** A jar of this benchmark's classes only (this class and {@link FunctionStart}), written into {@code dir}. */
    static Path ownJar(Path dir) throws Exception {
        Path ownJar = dir.resolve("handler-init-time.jar");
        Path ownClasses = Path.of(HandlerInitTime.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(ownJar))) {
            try (Stream<Path> files = Files.list(ownClasses.resolve("dev/stencil/runtime/bench"))) {
                for (Path file : files.filter(f -> f.getFileName().toString().startsWith("HandlerInitTime")
                        || f.getFileName().toString().startsWith("FunctionStart")).toList()) {
                    String name = ownClasses.relativize(file).toString().replace(File.separatorChar, '/');
                    jar.putNextEntry(new JarEntry(name));
                    jar.write(Files.readAllBytes(file));
                }
            }
        }
        return ownJar;
    }

    private static void measure(int runs, String classpath, List<String> flags) throws Exception {
        Map<String, List<Double>> figures = new HashMap<>();
        for (int i = 0; i < runs; i++) {
            for (String field : run(classpath, flags).split("\\s+")) {
                int equals = field.indexOf('=');
                if (field.contains("_ms=")) {
                    figures.computeIfAbsent(field.substring(0, equals), k -> new ArrayList<>())
                            .add(Double.parseDouble(field.substring(equals + 1)));
                }
            }
        }
        figures.values().forEach(Collections::sort);
        List<Double> inits = figures.get("init_ms");
        System.out.printf("handler init %s: median %.0f ms (min %.0f, max %.0f, %d fresh JVMs); clients built in "
                        + "the background ready: median %.0f ms; JVM start to ready: median %.0f ms; process CPU "
                        + "time: median %.0f ms%n", flags.isEmpty() ? "(default JIT)" : flags,
                inits.get(runs / 2), inits.get(0), inits.get(runs - 1), runs, median(figures, "ready_ms"),
                median(figures, "since_jvm_start_ms"), median(figures, "cpu_ms"));
    }

    private static double median(Map<String, List<Double>> figures, String name) {
        List<Double> values = figures.get(name);
        return values.get(values.size() / 2);
    }

    private static String run(String classpath, List<String> flags) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(flags);
        command.addAll(List.of("-cp", classpath, HandlerInitTime.class.getName()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).trim();
        p.waitFor();
        return out;
    }
}
