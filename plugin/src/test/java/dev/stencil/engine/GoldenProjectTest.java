package dev.stencil.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stencil.Golden;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole generated clickstream tree, file by file, against {@code src/test/resources/golden/clickstream}.
 * Rerun with {@code -Dstencil.updateGolden=true} to accept a deliberate change, then review the diff.
 */
class GoldenProjectTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/clickstream");

    @TempDir
    Path out;

    @Test
    void clickstreamSampleGeneratesExactlyTheGoldenTree() throws Exception {
        Path sample = Path.of(System.getProperty("stencil.samples", "../samples"), "clickstream.puml");
        new Stencil().generate(GenerateRequest.of(sample, out));

        List<String> generated = files(out);
        if (Golden.updating()) {
            deleteTree(GOLDEN);
        }
        for (String path : generated) {
            Golden.assertMatches(GOLDEN.resolve(path), Files.readString(out.resolve(path), StandardCharsets.UTF_8));
        }
        assertThat(generated).as("the set of generated files").containsExactlyElementsOf(files(GOLDEN));
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
