package dev.stencil.engine;

import dev.stencil.Golden;
import dev.stencil.output.WriteReport;
import dev.stencil.resolve.StencilDiagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Diagrams written the way others write them (log analytics, change data capture, serverless back
 * ends, IoT telemetry): each either generates a project or is refused with located diagnostics,
 * and {@code <name>.outcome} beside it records which, exactly.
 */
class CorpusTest {

    private static final Path DIR = Path.of("src/test/resources/corpus");

    @TempDir
    Path out;

    static Stream<String> diagrams() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".puml")).sorted().toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0} generates or is refused exactly as recorded")
    @MethodSource("diagrams")
    void diagramGeneratesOrIsRefusedAsRecorded(String name) throws Exception {
        String outcome;
        try {
            GenerateResult result = new Stencil().generate(GenerateRequest.of(DIR.resolve(name), out));
            WriteReport report = result.report();
            outcome = "generated: " + report.summary().replaceAll(" in .*", "") + "\n" + result.warnings();
        } catch (DiagramException e) {
            outcome = "refused:\n" + e.getMessage();
        }
        // The supported list stands as a placeholder, so that a new service does not rewrite these files.
        Golden.assertMatches(DIR.resolve(name.replace(".puml", ".outcome")), outcome.replace(DIR + "/", "")
                .replace(StencilDiagnostics.supportedList(), "{supported stencils}") + "\n");
    }
}
