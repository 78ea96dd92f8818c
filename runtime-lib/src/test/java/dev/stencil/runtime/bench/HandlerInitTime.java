package dev.stencil.runtime.bench;

import dev.stencil.runtime.config.Env;
import dev.stencil.runtime.enrich.GeoIpProvider;
import dev.stencil.runtime.enrich.ProfileLookup;
import dev.stencil.runtime.events.ClickEvent;
import dev.stencil.runtime.events.EnrichedClick;
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
import java.util.List;
import java.util.Map;

/**
 * Handler initialisation in a fresh JVM: builds a handler as the generated {@code FnHandler()} does (geo
 * table, cached DynamoDB profile lookup with its SDK client, OpenSearch sink, all from environment
 * variables) and prints the time taken. With {@code --runs N} it starts N fresh JVMs and prints each and
 * the median. The children get only the runtime's classes and its runtime dependencies.
 */
public final class HandlerInitTime {
    private HandlerInitTime() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("--runs")) {
            spawn(Integer.parseInt(args[1]), Path.of(args[2]));
            return;
        }
        long start = System.nanoTime();
        Env env = Env.of(Map.of("OPENSEARCH_ENDPOINT", "http://127.0.0.1:9", "OPENSEARCH_INDEX", "clicks",
                "PROFILE_TABLE_NAME", "profiles", "AWS_REGION", "eu-west-1"));
        GeoIpProvider geo = FromEnv.geoIp(env);
        ProfileLookup profiles = FromEnv.profileLookup(env);
        KinesisBatchHandler<ClickEvent> handler = new KinesisBatchHandler<>(JsonRecordDecoder.of(ClickEvent.class),
                IndexingProcessor.create(e -> EnrichedClick.of(e, geo.locate(e.ip()).orElse(null),
                        profiles.find(e.userId()).orElse(null)), ClickEvent::eventId, FromEnv.openSearchSink(env))) {
        };
        long built = System.nanoTime();
        System.out.printf("init_ms=%.1f since_jvm_start_ms=%d handler=%s%n", (built - start) / 1e6,
                System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime(),
                handler.getClass().getSuperclass().getSimpleName());
    }

    /**
     * Runs fresh JVMs on the runtime's own classpath (as in a function's jar), not the test classpath: with
     * default JIT settings, and with {@code -XX:TieredStopAtLevel=1} as AWS advises for Lambda cold starts
     * (set through {@code JAVA_TOOL_OPTIONS}).
     */
    private static void spawn(int runs, Path runtimeClasspathFile) throws Exception {
        String own = HandlerInitTime.class.getProtectionDomain().getCodeSource().getLocation().getPath();
        String classes = Path.of(own).resolveSibling("classes").toString();
        String classpath = own + File.pathSeparator + classes + File.pathSeparator
                + Files.readString(runtimeClasspathFile).trim();
        for (List<String> flags : List.of(List.<String>of(), List.of("-XX:TieredStopAtLevel=1"))) {
            measure(runs, classpath, flags);
        }
    }

    private static void measure(int runs, String classpath, List<String> flags) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Double> inits = new ArrayList<>();
        List<Double> totals = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            List<String> command = new ArrayList<>(List.of(java));
            command.addAll(flags);
            command.addAll(List.of("-cp", classpath, HandlerInitTime.class.getName()));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            p.waitFor();
            for (String field : out.split("\\s+")) {
                if (field.startsWith("init_ms=")) {
                    inits.add(Double.parseDouble(field.substring(8)));
                } else if (field.startsWith("since_jvm_start_ms=")) {
                    totals.add(Double.parseDouble(field.substring(19)));
                }
            }
        }
        Collections.sort(inits);
        Collections.sort(totals);
        System.out.printf("handler init %s: median %.0f ms (min %.0f, max %.0f, %d fresh JVMs); "
                        + "JVM start to handler ready: median %.0f ms%n", flags.isEmpty() ? "(default JIT)" : flags,
                inits.get(inits.size() / 2), inits.get(0), inits.get(inits.size() - 1), runs,
                totals.get(totals.size() / 2));
    }
}
