package dev.stencil.properties;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stencil.engine.GenerateRequest;
import dev.stencil.engine.ReverseResult;
import dev.stencil.engine.Stencil;
import dev.stencil.model.Architecture;
import dev.stencil.reverse.DiagramPrinter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Diagram → code → diagram gives the same architecture, for random valid architectures. */
class RoundTripPropertiesTest {

    @Property(tries = 60)
    void generatedCodeReadsBackAsTheDiagramsArchitecture(@ForAll long seed) throws Exception {
        Architecture architecture = Architectures.random(seed);
        Path dir = Files.createTempDirectory("roundtrip");
        try {
            Path diagram = Files.writeString(dir.resolve("random.puml"), DiagramPrinter.print(architecture));
            new Stencil().generate(GenerateRequest.of(diagram, dir.resolve("project")));

            ReverseResult result = new Stencil().reverse(diagram, dir.resolve("project"), false);

            assertThat(result.difference().describe()).isEmpty();
            assertThat(result.diagramText()).isEqualTo(Files.readString(diagram));
        } finally {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
