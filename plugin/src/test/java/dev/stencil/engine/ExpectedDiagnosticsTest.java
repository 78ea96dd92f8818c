package dev.stencil.engine;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stencil.Golden;
import dev.stencil.resolve.StencilDiagnostics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each bad diagram under {@code diagnostics/} sits beside the exact diagnostics it must produce. */
class ExpectedDiagnosticsTest {

    /**
     * Stands for the list of supported stencils in the expected files, so that a new service does
     * not rewrite them (the list is the catalog's supported stencils).
     */
    private static final String SUPPORTED = "{supported stencils}";

    private static final Path DIR = Path.of("src/test/resources/diagnostics");

    static Stream<String> badDiagrams() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".puml")).sorted().toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0} is refused with its expected diagnostics")
    @MethodSource("badDiagrams")
    void badDiagramIsRefusedWithEveryExpectedDiagnostic(String name) throws IOException {
        String text = Files.readString(DIR.resolve(name), StandardCharsets.UTF_8);
        String file = DIR.resolve(name).toString();
        assertThatThrownBy(() -> new Stencil().analyze(file, text, false))
                .isInstanceOf(DiagramException.class)
                .satisfies(e -> Golden.assertMatches(DIR.resolve(name.replace(".puml", ".errors")),
                        e.getMessage().replace(DIR + "/", "diagnostics/")
                                .replace(StencilDiagnostics.supportedList(), SUPPORTED) + "\n"));
    }
}
