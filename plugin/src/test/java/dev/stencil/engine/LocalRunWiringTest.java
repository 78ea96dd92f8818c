package dev.stencil.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated local run wires what the generated stack wires: every environment variable, property
 * group and delivery stream id an arrow gets in the stack, the local run sets with the same name.
 */
class LocalRunWiringTest {

    private static final Path SAMPLES = Path.of(System.getProperty("stencil.samples", "../samples"));
    private static final Path RUNTIME_SERVICES = Path.of("../runtime-lib/local/local-services");

    /** The Wiring methods whose names the local run must repeat; checked above. */
    private static final List<String> CHECKED = List.of("functionToSearch", "functionToTable", "streamToFlink",
            "flinkToTable", "streamToArchive", "streamToFunction", "functionToQueue", "iotToStream",
            "tableToFunction");

    @TempDir
    Path out;

    @ParameterizedTest
    @ValueSource(strings = {"clickstream.puml", "iot-telemetry.puml", "orders.puml"})
    void everyNameAnArrowGetsInTheStackIsTheNameTheLocalRunUses(String sample) throws Exception {
        new Stencil().generate(GenerateRequest.of(SAMPLES.resolve(sample), out));
        String stack = read("infra", "Stack.java");
        String local = read("local", "LocalRun.java");

        for (List<String> args : calls(stack, "functionToSearch")) {
            assertThat(local).contains("Map.entry(" + args.get(3) + ", cloud.searchEndpoint(")
                    .contains("Map.entry(" + args.get(4) + ", " + args.get(2) + ")");
        }
        for (List<String> args : calls(stack, "functionToTable")) {
            assertThat(local).contains("Map.entry(" + args.get(2) + ", ");
        }
        for (List<String> args : calls(stack, "streamToFlink")) {
            assertThat(local).contains(".stream(" + args.get(2) + ", ");
        }
        for (List<String> args : calls(stack, "flinkToTable")) {
            assertThat(local).contains(".table(" + args.get(2) + ", ");
        }
        for (List<String> args : calls(stack, "functionToQueue")) {
            assertThat(local).contains("Map.entry(" + args.get(2) + ", cloud.queueUrl(");
        }
        for (List<String> args : calls(stack, "tableToFunction")) {
            assertThat(local).contains("Map.entry(" + args.get(2) + ", ");
        }
        for (List<String> args : calls(stack, "iotToStream")) {
            assertThat(local).contains("pipeline.notRunLocally(").contains("pipeline.produce(");
        }
        for (List<String> args : calls(stack, "streamToArchive")) {
            assertThat(local).contains("new LocalFirehose(" + args.get(2) + ", ");
        }
        assertThat(calls(stack, "streamToFunction")).hasSize(count(local, "new MappingStage("));
        int scanned = CHECKED.stream().mapToInt(method -> calls(stack, method).size()).sum()
                + calls(stack, "producerToStream").size() + calls(stack, "producerToIot").size();
        assertThat(scanned).as("Wiring calls the scans above matched (producers need no name in the local run)")
                .isPositive()
                .isEqualTo(count(stack, "Wiring."));
    }

    @Test
    void aFunctionThatWritesNowhereIsExpectedToFailOnlyWhatItCannotDecode() throws Exception {
        Path diagram = Files.writeString(out.resolve("sinkless.puml"), """
                @startuml
                mxgraph.aws4.users "Clients" as web
                mxgraph.aws4.kinesis_data_streams "Clicks" as kds
                mxgraph.aws4.lambda_function "Sinkless" as fn
                mxgraph.aws4.lambda_function "Indexer" as idx
                mxgraph.aws4.opensearch_service "Search" as os
                web ..> kds : events
                kds --> fn
                kds --> idx
                idx --> os
                @enduml
                """);
        new Stencil().generate(GenerateRequest.of(diagram, out.resolve("project")));
        String local = Files.readString(out.resolve("project/local/src/main/java/com/example/sinkless/local/LocalRun.java"));

        assertThat(local).contains("pipeline.failuresBeforeLogic(fnFromKds);").contains("pipeline.failures(idxFromKds);");
    }

    @Test
    void theGeneratedNpmFilesAreTheRuntimeLibrarysOwn() throws Exception {
        new Stencil().generate(GenerateRequest.of(SAMPLES.resolve("clickstream.puml"), out));

        for (String file : List.of("package.json", "package-lock.json", "loopback.cjs")) {
            String generated = Files.readString(out.resolve("local").resolve(file), StandardCharsets.UTF_8)
                    .replaceFirst("^// Generated by Stencil[^\n]*\n", "");
            assertThat(generated).as(file)
                    .isEqualTo(Files.readString(RUNTIME_SERVICES.resolve(file), StandardCharsets.UTF_8));
        }
    }

    private String read(String module, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(out.resolve(module))) {
            Path file = files.filter(p -> p.toString().endsWith(suffix)).findFirst().orElseThrow();
            return Files.readString(file, StandardCharsets.UTF_8);
        }
    }

    /** The arguments of every call of a {@code Wiring} method, as written (string literals keep their quotes). */
    private static List<List<String>> calls(String stack, String method) {
        List<List<String>> calls = new ArrayList<>();
        Matcher call = Pattern.compile("Wiring\\." + method + "\\(([^;]*)\\);").matcher(stack);
        while (call.find()) {
            calls.add(List.of(call.group(1).split(",\\s*")));
        }
        return calls;
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
